import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { demoUsers } from "@/sandbox/demo-users";
import { appStackPerFile, signedInAccount } from "./support/app";

/**
 * The payments data layer as the portal calls it: amounts and methods are checked again on the
 * server, a repeated submit is one attempt, and another account's attempt is not found.
 */
vi.mock("@/lib/data/request-context", () => ({
  getRequestContext: async () => ({ ip: "127.0.0.1", userAgent: "vitest" }),
}));

const sandbox = appStackPerFile("payments-data");

const signedIn = signedInAccount;

beforeEach(async () => {
  await sandbox.control("reset");
  // The reset sandbox numbers invoices from 1 again, which a real WHMCS never does: forget the
  // attempts of earlier tests so their invoice ids do not collide with the new ones.
  const { getDb } = await import("@/lib/data/db");
  await getDb().payment.deleteMany();
  await getDb().auditEvent.deleteMany({ where: { action: { startsWith: "payment." } } });
});

afterAll(async () => {
  const { stopJobs } = await import("@/lib/jobs/runtime");
  await stopJobs();
});

const request = {
  purpose: "refill",
  amountMinor: 1_000,
  currency: "USD",
  method: "credit",
  idempotencyKey: "form_submit_000000000001",
};

describe("payments through the data layer", () => {
  it("refuses tampered amounts and methods before anything is ordered", async () => {
    const account = await signedIn(demoUsers.billing);
    const { startPayment } = await import("@/lib/data/payments");
    for (const tampered of [
      { ...request, amountMinor: 1 },
      { ...request, amountMinor: 99_999_999 },
      { ...request, amountMinor: 1_000.5 },
      { ...request, amountMinor: "1000" },
      { ...request, method: "bitcoin" },
      { ...request, currency: "EUR" },
    ]) {
      const result = await startPayment(account, tampered);
      expect(result.kind).toBe("invalid");
    }
    const { getDb } = await import("@/lib/data/db");
    expect(await getDb().payment.count()).toBe(0);
  });

  it("a credit refill settles in the request; a second submit of the same form is the same attempt", async () => {
    const account = await signedIn(demoUsers.billing);
    const { startPayment, getPayment } = await import("@/lib/data/payments");
    const first = await startPayment(account, request);
    expect(first).toMatchObject({
      kind: "ok",
      payment: { status: "done", amountMinor: 1_000, taxMinor: 190, totalMinor: 1_190 },
    });
    const again = await startPayment(account, request);
    expect(again.kind === "ok" && first.kind === "ok" && again.payment.id).toBe(
      first.kind === "ok" && first.payment.id,
    );
    const { getDb } = await import("@/lib/data/db");
    expect(await getDb().payment.count()).toBe(1);

    // Another account cannot see it.
    const other = await signedIn(demoUsers.trial);
    expect(await getPayment(other, first.kind === "ok" ? first.payment.id : "")).toBeNull();
  });

  it("a trial account without a WHMCS client is told so", async () => {
    const account = await signedIn(demoUsers.trial);
    const { startPayment } = await import("@/lib/data/payments");
    expect(
      await startPayment(account, { ...request, idempotencyKey: "trial_submit_00000001" }),
    ).toEqual({
      kind: "no_billing_account",
    });
  });

  it("a quote stops at the WHMCS invoice: nothing is collected until the customer confirms", async () => {
    const account = await signedIn(demoUsers.billing);
    const { startPayment, confirmPayment } = await import("@/lib/data/payments");
    const quote = await startPayment(
      account,
      { ...request, idempotencyKey: "quote_submit_00000001" },
      { awaitConfirmation: true },
    );
    if (quote.kind !== "ok") throw new Error(`quote refused: ${quote.kind}`);
    // The customer sees net + VAT = total read from the WHMCS invoice, and no money has moved.
    expect(quote.payment).toMatchObject({
      status: "processing",
      confirmed: false,
      amountMinor: 1_000,
      taxMinor: 190,
      totalMinor: 1_190,
    });
    const { getDb } = await import("@/lib/data/db");
    const beforeConfirm = await getDb().payment.findUniqueOrThrow({
      where: { id: quote.payment.id },
    });
    expect(beforeConfirm.state).toBe("invoiced");
    expect(beforeConfirm.providerTransactionId).toBeNull();

    // Another account cannot confirm it; its owner can, once.
    const other = await signedIn(demoUsers.trial);
    expect(await confirmPayment(other, quote.payment.id)).toBeNull();
    const confirmed = await confirmPayment(account, quote.payment.id);
    expect(confirmed).toMatchObject({ status: "done", confirmed: true });
    const again = await confirmPayment(account, quote.payment.id);
    expect(again?.status).toBe("done");
    const audit = await getDb().auditEvent.count({ where: { action: "payment.confirmed" } });
    expect(audit).toBe(1);
  });

  it("a cancelled quote is cancelled with its WHMCS order, and says why", async () => {
    const account = await signedIn(demoUsers.billing);
    const { startPayment, cancelPayment, confirmPayment } = await import("@/lib/data/payments");
    const quote = await startPayment(
      account,
      { ...request, idempotencyKey: "quote_submit_00000002" },
      { awaitConfirmation: true },
    );
    if (quote.kind !== "ok") throw new Error(`quote refused: ${quote.kind}`);
    const cancelled = await cancelPayment(account, quote.payment.id);
    expect(cancelled).toMatchObject({
      status: "cancelled",
      failureReason: "cancelled_by_customer",
    });
    // Confirming afterwards collects nothing.
    expect((await confirmPayment(account, quote.payment.id))?.status).toBe("cancelled");
    const invoice = await sandbox.whmcs.getPayableInvoice(quote.payment.invoiceId ?? 0, "USD");
    expect(invoice.status).toBe("cancelled");
  });
});
