import { describe, expect, it } from "vitest";
import { silentLogger } from "@/lib/http";
import { fakeFetch, type FakeReply, type FakeRequest } from "@/lib/http/testing";
import addOrder from "./__fixtures__/add-order.json";
import invoice from "./__fixtures__/get-invoice-recharge.json";
import transactions from "./__fixtures__/get-transactions-by-transid.json";
import { createWhmcsClient } from "./index";

function setup(reply: (request: FakeRequest) => FakeReply) {
  const fake = fakeFetch(reply);
  const whmcs = createWhmcsClient({
    baseUrl: "http://whmcs.test",
    identifier: "id",
    secret: "secret",
    timeoutMs: 50,
    retries: 2,
    retryDelayMs: 1,
    fetch: fake.fetch,
    logger: silentLogger,
  });
  return { whmcs, requests: fake.requests };
}

const fields = (request: FakeRequest | undefined) => Object.fromEntries(request?.form ?? []);

describe("WHMCS settlement calls", () => {
  it("orders the recharge product with a price override and reads the ids", async () => {
    const { whmcs, requests } = setup(() => ({ json: addOrder }));
    const placed = await whmcs.addRechargeOrder({
      clientId: 501,
      productId: 1,
      priceMinor: 1_000,
      currency: "USD",
      gateway: "stripe",
    });
    expect(placed).toEqual({ orderId: 17, invoiceId: 3108, serviceIds: [9001] });
    expect(fields(requests[0])).toMatchObject({
      action: "AddOrder",
      clientid: "501",
      paymentmethod: "stripe",
      "pid[0]": "1",
      "priceoverride[0]": "10.00",
      "billingcycle[0]": "onetime",
    });
  });

  it("reads net, tax, gross and balance of an invoice in minor units", async () => {
    const { whmcs } = setup(() => ({ json: invoice }));
    expect(await whmcs.getPayableInvoice(3108, "USD")).toMatchObject({
      status: "unpaid",
      subtotalMinor: 1_000,
      taxMinor: 190,
      grossMinor: 1_190,
      balanceMinor: 1_190,
      taxRate: "19.00",
      transactions: [],
    });
  });

  it("finds a payment by its transaction id", async () => {
    const { whmcs, requests } = setup(() => ({ json: transactions }));
    expect(await whmcs.findTransactions("pi_123", "USD")).toEqual([
      { transactionId: "pi_123", gateway: "stripe", amountInMinor: 1_190, amountOutMinor: 0 },
    ]);
    expect(fields(requests[0])).toMatchObject({ action: "GetTransactions", transid: "pi_123" });
  });

  it("never repeats a money write after a lost answer (the saga checks first instead)", async () => {
    const { whmcs, requests } = setup(() => ({ status: 503, text: "busy" }));
    await expect(
      whmcs.addInvoicePayment({
        invoiceId: 3108,
        transactionId: "pi_123",
        gateway: "stripe",
        amountMinor: 1_190,
        currency: "USD",
        date: new Date("2026-11-30T02:00:00Z"),
      }),
    ).rejects.toMatchObject({ kind: "unavailable" });
    expect(requests).toHaveLength(1);
    expect(fields(requests[0])).toMatchObject({
      transid: "pi_123",
      amount: "11.90",
      date: "2026-11-30 02:00:00",
    });
  });
});
