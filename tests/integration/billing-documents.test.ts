import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWhmcsClient, WhmcsNotFoundError, type WhmcsClient } from "@/lib/whmcs";
import { invoiceDemoLogins } from "@/sandbox/seed-data/invoice-clients";
import { startSandbox } from "@/sandbox/server";

/** The billing-document reads of lib/whmcs against the sandbox WHMCS over real HTTP. */
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let dataDir: string;
let whmcs: WhmcsClient;
const silent = { debug() {}, info() {}, warn() {}, error() {} };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "sandbox-billing-"));
  sandbox = await startSandbox({ port: 0, smtpPort: 0, dataDir, quiet: true });
  whmcs = createWhmcsClient({
    baseUrl: `${sandbox.url}/whmcs`,
    identifier: "sandbox_whmcs_identifier",
    secret: "sandbox_whmcs_secret",
    timeoutMs: 5_000,
    logger: silent,
  });
});

afterAll(async () => {
  await sandbox?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("billing documents over the wire", () => {
  it("pages the 5,000-invoice account upstream, newest first", async () => {
    const clientId = invoiceDemoLogins.bulk.clientId;
    const first = await whmcs.getInvoices({ clientId, offset: 0, limit: 25 });
    expect(first.total).toBe(5000);
    expect(first.invoices).toHaveLength(25);
    const dates = first.invoices.map((i) => i.issuedOn.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const last = await whmcs.getInvoices({ clientId, offset: 4975, limit: 25 });
    expect(last.invoices).toHaveLength(25);
    expect(last.invoices.at(-1)?.issuedOn.getTime()).toBeLessThan(dates.at(-1) ?? 0);
  });

  it("reads an invoice with its owner, lines, credit and partial payment in the client's currency", async () => {
    const turkish = await whmcs.getInvoice({ invoiceId: 53101, currency: "TRY" });
    expect(turkish).toMatchObject({
      clientId: 531,
      number: "TR-2026-0007",
      credit: { amountMinor: 10000, currency: "TRY" },
      total: { amountMinor: 170000, currency: "TRY" },
      balance: { amountMinor: 0, currency: "TRY" },
    });
    const partial = await whmcs.getInvoice({ invoiceId: 53203, currency: "INR" });
    expect(partial.balance.amountMinor).toBe(partial.total.amountMinor - 200000);
    const unpaid = await whmcs.getInvoice({ invoiceId: 3102, currency: "USD" });
    expect(unpaid.transactions).toEqual([]);
    await expect(whmcs.getInvoice({ invoiceId: 999_999, currency: "USD" })).rejects.toBeInstanceOf(
      WhmcsNotFoundError,
    );
  });

  it("lists orders, transactions with refunds, and credit movements of one client only", async () => {
    const orders = await whmcs.getOrders({ clientId: 501, currency: "USD", limit: 2 });
    expect(orders.total).toBe(4);
    expect(orders.orders.map((o) => o.id)).toEqual([8104, 8103]);
    const transactions = await whmcs.getTransactions({ clientId: 501, currency: "USD" });
    expect(transactions.some((t) => t.refundOf === 9102 && t.amountOut.amountMinor === 2380)).toBe(
      true,
    );
    expect(transactions.every((t) => t.invoiceId !== 3105)).toBe(true);
    const credits = await whmcs.getCredits({ clientId: 531, currency: "TRY" });
    expect(credits.map((c) => [c.amount.amountMinor, c.invoiceId])).toEqual([
      [10000, null],
      [-10000, 53101],
    ]);
    const details = await whmcs.getClientsDetails({ clientId: 533 });
    expect(details?.currency).toBe("KRW");
    const address = await whmcs.getBillingAddress(533);
    expect(address.companyName).toBe("شركة السحاب للاستضافة");
  });
});
