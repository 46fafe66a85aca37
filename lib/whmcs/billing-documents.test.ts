import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/http";
import { captureLogs, fakeFetch, type FakeReply } from "@/lib/http/testing";
import creditsFixture from "./__fixtures__/get-credits.json";
import noTransactions from "./__fixtures__/get-invoice-no-transactions.json";
import invoiceFixture from "./__fixtures__/get-invoice.json";
import ordersEmpty from "./__fixtures__/get-orders-empty.json";
import ordersFixture from "./__fixtures__/get-orders.json";
import transactionsFixture from "./__fixtures__/get-transactions.json";
import { WhmcsNotFoundError } from "./errors";
import { createWhmcsClient } from "./index";

function setup(reply: FakeReply) {
  const fake = fakeFetch(() => reply);
  const whmcs = createWhmcsClient({
    baseUrl: "http://whmcs.test",
    identifier: "id",
    secret: "secret",
    retries: 0,
    fetch: fake.fetch,
    logger: createLogger({ level: "error", write: captureLogs().write }),
  });
  const sent = () => Object.fromEntries(fake.requests[0]?.form ?? []);
  return { whmcs, sent };
}

describe("GetInvoice", () => {
  it("reads lines, both taxes, payments and refunds, with string ids and amounts", async () => {
    const { whmcs, sent } = setup({ json: invoiceFixture });
    const invoice = await whmcs.getInvoice({ invoiceId: 3104, currency: "usd" });
    expect(sent()).toMatchObject({ action: "GetInvoice", invoiceid: "3104" });
    expect(invoice).toMatchObject({
      id: 3104,
      clientId: 501,
      number: "3104",
      status: "refunded",
      taxRate: "19",
      taxRate2: "0",
      subtotal: { amountMinor: 2000, currency: "USD" },
      tax: { amountMinor: 380, currency: "USD" },
      total: { amountMinor: 2380, currency: "USD" },
      balance: { amountMinor: 2380, currency: "USD" },
      paidOn: new Date(Date.UTC(2026, 6, 1, 9, 30)),
    });
    expect(invoice.lines).toEqual([
      {
        id: 7105,
        type: "Hosting",
        description: "Custom SSL certificate (01/07/2026 - 30/06/2027)",
        amount: { amountMinor: 2000, currency: "USD" },
        taxed: true,
      },
    ]);
    expect(invoice.transactions.map((t) => [t.id, t.invoiceId, t.refundOf])).toEqual([
      [9102, 3104, null],
      [9103, 3104, 9102],
    ]);
    expect(invoice.transactions[1]?.amountOut).toEqual({ amountMinor: 2380, currency: "USD" });
  });

  it("treats transactions: '' as none, a single item object as a list, and zero dates as unset", async () => {
    const { whmcs } = setup({ json: noTransactions });
    const invoice = await whmcs.getInvoice({ invoiceId: 5, currency: "KRW" });
    expect(invoice.transactions).toEqual([]);
    expect(invoice.lines).toHaveLength(1);
    expect(invoice.paidOn).toBeNull();
    expect(invoice.number).toBe("INV-0005");
    // KRW has no minor unit: "1650000.00" is 1,650,000 won.
    expect(invoice.total).toEqual({ amountMinor: 1_650_000, currency: "KRW" });
  });

  it("turns 'Invoice ID Not Found' into a not-found error", async () => {
    const { whmcs } = setup({ json: { result: "error", message: "Invoice ID Not Found" } });
    await expect(whmcs.getInvoice({ invoiceId: 1, currency: "USD" })).rejects.toBeInstanceOf(
      WhmcsNotFoundError,
    );
  });
});

describe("GetOrders", () => {
  it("pages upstream with limitstart/limitnum and drops vendor-only fields", async () => {
    const { whmcs, sent } = setup({ json: ordersFixture });
    const page = await whmcs.getOrders({ clientId: 501, offset: 10, limit: 10, currency: "USD" });
    expect(sent()).toMatchObject({ userid: "501", limitstart: "10", limitnum: "10" });
    expect(page.total).toBe(42);
    expect(page.orders).toEqual([
      {
        id: 8104,
        number: "1064198376",
        placedOn: new Date(Date.UTC(2026, 10, 1, 0, 5)),
        total: { amountMinor: 3689, currency: "USD" },
        invoiceId: 3102,
        status: "pending",
        products: [
          { name: "Jelastic Cloud - Business commitment", domain: "", billingCycle: "Monthly" },
        ],
      },
    ]);
    expect(JSON.stringify(page)).not.toContain("internal note");
  });

  it("reads an empty result sent as a bare []", async () => {
    const { whmcs } = setup({ json: ordersEmpty });
    await expect(whmcs.getOrders({ clientId: 1, currency: "USD" })).resolves.toEqual({
      total: 0,
      orders: [],
    });
  });
});

describe("GetTransactions and GetCredits", () => {
  it("maps invoiceid '0' to no invoice and keeps the client's currency", async () => {
    const { whmcs, sent } = setup({ json: transactionsFixture });
    const list = await whmcs.getTransactions({ clientId: 531, currency: "TRY" });
    expect(sent()).toMatchObject({ action: "GetTransactions", clientid: "531" });
    expect(
      list.map((t) => [t.id, t.invoiceId, t.amountIn.amountMinor, t.fees.amountMinor]),
    ).toEqual([
      [9131, null, 10000, 0],
      [53101, 53101, 170000, 540],
    ]);
    expect(list[0]?.amountIn.currency).toBe("TRY");
  });

  it("reads a single credit object and never passes on the admin's description", async () => {
    const { whmcs } = setup({ json: creditsFixture });
    const credits = await whmcs.getCredits({ clientId: 501, currency: "USD" });
    expect(credits).toEqual([
      {
        id: 4101,
        date: new Date(Date.UTC(2026, 8, 20)),
        amount: { amountMinor: 1200, currency: "USD" },
        invoiceId: null,
      },
    ]);
    expect(JSON.stringify(credits)).not.toContain("admin note");
  });
});
