import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { demoUsers } from "@/sandbox/demo-users";
import { appStackPerFile, signedInAccount } from "./support/app";

/**
 * What the payment pages rely on, through the data layer against the sandbox: the return page's
 * JSON shows only safe fields and only to the owner, the provider's cancel link cancels and sends
 * the customer back where they came from, and "Pay invoice" trusts nothing from the browser.
 */
vi.mock("@/lib/data/request-context", () => ({
  getRequestContext: async () => ({ ip: "127.0.0.1", userAgent: "vitest" }),
}));

const sandbox = appStackPerFile("payment-pages");

beforeEach(async () => {
  await sandbox.control("reset");
});

afterAll(async () => {
  const { stopJobs } = await import("@/lib/jobs/runtime");
  await stopJobs();
});

let keys = 0;
const key = () => `pages_submit_${String(++keys).padStart(12, "0")}`;

const refill = (overrides: Record<string, unknown> = {}) => ({
  purpose: "refill",
  amountMinor: 1_000,
  currency: "USD",
  method: "credit",
  idempotencyKey: key(),
  ...overrides,
});

async function quote(account: Awaited<ReturnType<typeof signedInAccount>>, input: object) {
  const { startPayment } = await import("@/lib/data/payments");
  const result = await startPayment(account, input, { awaitConfirmation: true });
  if (result.kind !== "ok") throw new Error(`expected a quote, got ${JSON.stringify(result)}`);
  return result.payment;
}

describe("return page status and the cancel link", () => {
  it("the owner sees the live state with safe fields only; anyone else gets nothing", async () => {
    const account = await signedInAccount(demoUsers.billing);
    const { confirmPayment } = await import("@/lib/data/payments");
    const { paymentStatus } = await import("@/lib/data/payment-status");
    const payment = await quote(account, refill());

    const before = await paymentStatus(account, payment.id, { refresh: false });
    expect(before).toMatchObject({ status: "processing", amountMinor: 1_000, totalMinor: 1_190 });

    await confirmPayment(account, payment.id);
    const done = await paymentStatus(account, payment.id, { refresh: true });
    expect(done).toMatchObject({
      status: "done",
      amountMinor: 1_000,
      taxMinor: 190,
      totalMinor: 1_190,
      failure: null,
      actionUrl: null,
      // $42.50 seeded + $10.00 refilled, read from the platform.
      balance: { amountMinor: 5_250, currency: "USD" },
    });
    expect(Object.keys(done ?? {}).sort()).toEqual(
      [
        "actionUrl",
        "amountMinor",
        "balance",
        "currency",
        "failure",
        "id",
        "invoiceId",
        "purpose",
        "status",
        "taxMinor",
        "totalMinor",
      ].sort(),
    );

    const other = await signedInAccount(demoUsers.whmcsOnly);
    expect(await paymentStatus(other, payment.id, { refresh: true })).toBeNull();
    expect(await paymentStatus(account, "../../etc", { refresh: false })).toBeNull();
    expect(await paymentStatus(account, "no-such-payment", { refresh: false })).toBeNull();
  });

  it("cancel cancels the quote and its WHMCS order, then returns to the origin with the reason", async () => {
    const account = await signedInAccount(demoUsers.billing);
    const { cancelAndReturnPath, paymentStatus } = await import("@/lib/data/payment-status");
    const payment = await quote(account, refill({ amountMinor: 1_100 }));

    // Someone else's cancel link does nothing to it.
    const other = await signedInAccount(demoUsers.whmcsOnly);
    expect(await cancelAndReturnPath(other, payment.id)).toBeNull();
    expect((await paymentStatus(account, payment.id, { refresh: false }))?.status).toBe(
      "processing",
    );

    expect(await cancelAndReturnPath(account, payment.id)).toBe(
      `/billing/refill?payment=${payment.id}`,
    );
    expect(await paymentStatus(account, payment.id, { refresh: false })).toMatchObject({
      status: "cancelled",
      failure: "cancelled_by_customer",
      amountMinor: 1_100,
    });
    const invoice = await sandbox.whmcs.getPayableInvoice(payment.invoiceId ?? 0, "USD");
    expect(invoice.status).toBe("cancelled");
  });
});

describe("paying an unpaid invoice", () => {
  // Invoice 3102 of client 501 (billing@demo.test): $31.00 + 19 % VAT = $36.89, unpaid.
  const invoice = (overrides: Record<string, unknown> = {}) =>
    refill({ purpose: "invoice", invoiceId: 3102, amountMinor: 3_689, ...overrides });

  it("refuses a tampered amount, another client's or a paid invoice, and credit that does not cover it", async () => {
    const account = await signedInAccount(demoUsers.billing);
    const { startPayment } = await import("@/lib/data/payments");
    await sandbox.control("whmcs-credit", { email: demoUsers.billing.email, creditCents: 10_000 });
    const cases: [object, string][] = [
      [invoice({ amountMinor: 100 }), "amountMinor"],
      [invoice({ amountMinor: 99_999 }), "amountMinor"],
      [invoice({ invoiceId: 3106 }), "invoiceId"], // whmcs@demo.test's
      [invoice({ invoiceId: 3101, amountMinor: 5_950 }), "invoiceId"], // paid
      [invoice({ invoiceId: 999_999 }), "invoiceId"], // unknown
      [invoice({ invoiceId: undefined }), "invoiceId"],
      [refill({ invoiceId: 3102 }), "invoiceId"], // a refill names no invoice
    ];
    for (const [input, field] of cases) {
      const result = await startPayment(account, input, { awaitConfirmation: true });
      expect(result, JSON.stringify(input)).toEqual({ kind: "invalid", fields: [field] });
    }
    await sandbox.control("whmcs-credit", { email: demoUsers.billing.email, creditCents: 3_000 });
    expect(await startPayment(account, invoice(), { awaitConfirmation: true })).toEqual({
      kind: "invalid",
      fields: ["method"],
    });
    const { getDb } = await import("@/lib/data/db");
    expect(await getDb().payment.count({ where: { purpose: "invoice" } })).toBe(0);
  });

  it("pays the balance due from credit once; a second attempt on the paid invoice is refused", async () => {
    const account = await signedInAccount(demoUsers.billing);
    const { confirmPayment, startPayment } = await import("@/lib/data/payments");
    const { paymentStatus } = await import("@/lib/data/payment-status");
    await sandbox.control("whmcs-credit", { email: demoUsers.billing.email, creditCents: 5_000 });

    const submit = invoice();
    const payment = await quote(account, submit);
    expect(payment).toMatchObject({ invoiceId: 3102, amountMinor: 3_689, totalMinor: 3_689 });
    // A double click sends the same key: the same attempt, not a second order.
    expect((await quote(account, submit)).id).toBe(payment.id);
    await confirmPayment(account, payment.id);
    expect(await paymentStatus(account, payment.id, { refresh: true })).toMatchObject({
      status: "done",
      purpose: "invoice",
      invoiceId: 3102,
      balance: null,
    });
    const paid = await sandbox.whmcs.getPayableInvoice(3102, "USD");
    expect(paid).toMatchObject({ status: "paid", balanceMinor: 0 });
    const client = await sandbox.whmcs.getClientsDetails({ clientId: 501 });
    expect(client?.credit.amountMinor).toBe(5_000 - 3_689);

    expect(await startPayment(account, invoice(), { awaitConfirmation: true })).toEqual({
      kind: "invalid",
      fields: ["invoiceId"],
    });
    // The same submission repeated after it went through still finds its attempt.
    expect((await quote(account, submit)).status).toBe("done");
  });

  it("refuses a second attempt on an invoice while a confirmed one is still running", async () => {
    const account = await signedInAccount(demoUsers.billing);
    const { startPayment } = await import("@/lib/data/payments");
    const { getDb } = await import("@/lib/data/db");
    await sandbox.control("whmcs-credit", { email: demoUsers.billing.email, creditCents: 5_000 });
    const first = await quote(account, invoice());
    // As if the provider were still collecting (a card checkout in progress).
    await getDb().payment.update({
      where: { id: first.id },
      data: { confirmedAt: new Date(), state: "awaiting_payment" },
    });
    expect(await startPayment(account, invoice(), { awaitConfirmation: true })).toEqual({
      kind: "invalid",
      fields: ["invoiceId"],
    });
  });

  it("offers credit on the invoice only when it covers the balance due", async () => {
    const account = await signedInAccount(demoUsers.billing);
    const { loadPaymentSetup } = await import("@/lib/data/payment-setup");
    const setupFor = () =>
      loadPaymentSetup(account, {
        purpose: "invoice",
        invoice: { id: 3102, number: "3102", balanceMinor: 3_689 },
      });
    // Seeded credit $12.00 < $36.89.
    expect((await setupFor()).choices.map((c) => c.kind)).not.toContain("credit");
    await sandbox.control("whmcs-credit", { email: demoUsers.billing.email, creditCents: 3_689 });
    const setup = await setupFor();
    expect(setup.choices).toContainEqual(
      expect.objectContaining({ kind: "credit", availableMinor: 3_689 }),
    );
    expect(setup.amount).toEqual({
      kind: "fixed",
      amountMinor: 3_689,
      invoiceId: 3102,
      invoiceNumber: "3102",
    });
  });
});
