import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPayment, IdempotencyConflictError } from "@/lib/payments/create";
import { settle, SimulatedCrash } from "@/lib/payments/settle";
import { recordProviderEvent } from "@/lib/payments/webhooks";
import {
  backends,
  BILLING,
  startHarness,
  TEST_LEASE_MS,
  TRIAL,
  type Harness,
} from "./support/settlement-harness";
import {
  evidence,
  fundings,
  newRefill,
  whmcsCredit,
  whmcsInvoice,
  whmcsOrders,
} from "./support/settlement-probes";

/**
 * The settlement saga against the sandbox (real HTTP) and a real database: every path ends with
 * exactly one charge, one WHMCS payment, one platform funding and one notification.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const afterLease = () => sleep(TEST_LEASE_MS + 50);

describe.each(backends)("settlement saga on %s", (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(backend);
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    await h.reset();
  });

  it("refill paid from WHMCS credit: order, tax from the client's country, credit applied once, funded once, notified", async () => {
    const payment = await newRefill(h, { provider: "whmcs-credit", method: "credit" });
    const result = await settle(payment.id, h.deps());
    expect(result).toEqual({ state: "done", outcome: "final" });

    const e = await evidence(h, payment.id);
    // DE client: 10.00 net + 19 % VAT, read back from the WHMCS invoice.
    expect(e.payment).toMatchObject({ amountMinor: 1_000, taxMinor: 190, totalMinor: 1_190 });
    const invoice = await whmcsInvoice(h, e.payment.whmcsInvoiceId ?? 0);
    expect(invoice).toMatchObject({
      status: "Paid",
      tax: "1.90",
      credit: "11.90",
      taxrate: "19.00",
    });
    expect(await whmcsCredit(h, BILLING.clientId)).toBe("0.10");
    expect(e.fundings).toBe(1);
    expect(e.fundedAmount).toBe(10);
    expect(e.notifications).toBe(1);
    const orders = await whmcsOrders(h, BILLING.clientId);
    expect(orders.map((o) => o.status)).toEqual(["Active"]);
    const audit = await h.db.auditEvent.findMany({
      where: { target: `payment:${payment.id}` },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "payment.invoiced",
      "payment.captured",
      "payment.recorded_in_whmcs",
      "payment.funded",
      "payment.completed",
    ]);
    // Running it again changes nothing.
    expect(await settle(payment.id, h.deps())).toEqual({ state: "done", outcome: "final" });
    expect((await evidence(h, payment.id)).fundings).toBe(1);
  });

  it("credit that does not cover the gross amount fails the attempt and cancels its order", async () => {
    const payment = await newRefill(h, {
      provider: "whmcs-credit",
      method: "credit",
      amountMinor: 1_100, // 13.09 gross > 12.00 credit
    });
    const result = await settle(payment.id, h.deps());
    expect(result.state).toBe("failed");
    const e = await evidence(h, payment.id);
    expect(e.payment.lastError).toBe("insufficient_credit");
    expect(e.fundings).toBe(0);
    expect(await whmcsCredit(h, BILLING.clientId)).toBe("12.00");
    expect((await whmcsOrders(h, BILLING.clientId)).map((o) => o.status)).toEqual(["Cancelled"]);
    expect((await whmcsInvoice(h, e.payment.whmcsInvoiceId ?? 0)).status).toBe("Cancelled");
  });

  it("a US client pays no tax", async () => {
    const { payment } = await createPayment(h.db, {
      accountId: h.accountId("trial"),
      idempotencyKey: "upgrade_trial_us_0000001",
      purpose: "upgrade",
      amountMinor: 2_000,
      currency: "USD",
      method: "card",
      provider: "test-card",
      whmcsClientId: TRIAL.clientId,
      platformUid: TRIAL.uid,
    });
    expect((await settle(payment.id, h.deps())).state).toBe("done");
    const e = await evidence(h, payment.id);
    expect(e.payment).toMatchObject({ taxMinor: 0, totalMinor: 2_000 });
    expect(e).toMatchObject({ whmcsPayments: 1, fundings: 1, notifications: 1 });
    // Upgrade: the trial account was moved to the billing group before funding.
    const session = await h.platformRaw("system/admin/rest/signinasclient", {
      login: TRIAL.email,
    });
    const account = await h.platformRaw("billing/account/rest/getaccount", {
      session: String(session.session),
    });
    expect(account).toMatchObject({ groupType: "billing", balance: 20 });
    const notification = await h.db.notification.findFirstOrThrow({
      where: { accountId: h.accountId("trial") },
    });
    expect(notification).toMatchObject({
      kind: "upgrade_done",
      dedupeKey: payment.id,
      params: { paymentId: payment.id, amountMinor: 2_000, currency: "USD", newGroup: "billing" },
    });
  });

  it("duplicate, late and concurrent webhook deliveries settle once", async () => {
    h.card.mode = "checkout";
    const payment = await newRefill(h);
    expect(await settle(payment.id, h.deps())).toEqual({
      state: "awaiting_payment",
      outcome: "waiting",
    });
    h.card.completeCheckout(payment.idempotencyKey);
    const deliver = () =>
      recordProviderEvent(
        h.db,
        {
          provider: "test-card",
          eventId: "evt_1",
          type: "checkout.session.completed",
          payload: { id: "evt_1", session: payment.providerRef },
          paymentId: payment.id,
        },
        async (id) => void (await settle(id, h.deps())),
      );
    const [first, second] = await Promise.all([deliver(), deliver()]);
    expect([first.duplicate, second.duplicate].sort()).toEqual([false, true]);
    const late = await deliver();
    expect(late.duplicate).toBe(true);
    // A different event for the same payment (e.g. payment_intent.succeeded) arriving late.
    await recordProviderEvent(
      h.db,
      { provider: "test-card", eventId: "evt_2", type: "x", payload: {}, paymentId: payment.id },
      async (id) => void (await settle(id, h.deps())),
    );
    const e = await evidence(h, payment.id);
    expect(e).toMatchObject({ state: "done", whmcsPayments: 1, fundings: 1, notifications: 1 });
    expect(await h.db.webhookEvent.count()).toBe(2);
  });

  it("WHMCS down at AddInvoicePayment: retried later, recorded once", async () => {
    await h.control("faults", { service: "whmcs", action: "AddInvoicePayment", status: 500 });
    const payment = await newRefill(h);
    const first = await settle(payment.id, h.deps());
    expect(first).toMatchObject({ state: "paid", outcome: "retry" });
    expect((await evidence(h, payment.id)).payment.attempts).toBe(1);
    await h.control("faults", undefined, "DELETE");
    expect((await settle(payment.id, h.deps())).state).toBe("done");
    const e = await evidence(h, payment.id);
    expect(e).toMatchObject({ whmcsPayments: 1, fundings: 1, notifications: 1 });
    expect(h.card.charges.size).toBe(1);
  });

  it("platform down at funding: retried later, funded once", async () => {
    await h.control("faults", {
      service: "jelastic",
      action: "billing/account/fundaccount",
      status: 503,
    });
    const payment = await newRefill(h);
    expect(await settle(payment.id, h.deps())).toMatchObject({
      state: "recorded_in_whmcs",
      outcome: "retry",
    });
    expect(await settle(payment.id, h.deps())).toMatchObject({ outcome: "retry" });
    await h.control("faults", undefined, "DELETE");
    expect((await settle(payment.id, h.deps())).state).toBe("done");
    expect(await evidence(h, payment.id)).toMatchObject({
      whmcsPayments: 1,
      fundings: 1,
      notifications: 1,
    });
  });

  it("WHMCS answers a business error before any money moved: the attempt fails cleanly", async () => {
    await h.control("faults", {
      service: "whmcs",
      action: "AddOrder",
      error: { message: "Unable to add order when client status is Closed" },
    });
    const payment = await newRefill(h);
    expect((await settle(payment.id, h.deps())).state).toBe("failed");
    expect(h.card.startCalls).toBe(0);
  });

  for (const step of ["created", "invoiced", "paid", "recorded_in_whmcs", "funded", "notified"]) {
    it(`process killed after the upstream effect of "${step}" and before its state write: once`, async () => {
      const payment = await newRefill(h);
      let crashed = false;
      const crashing = h.deps({
        afterEffect: (at) => {
          if (at === step && !crashed) {
            crashed = true;
            throw new SimulatedCrash(at);
          }
        },
      });
      await expect(settle(payment.id, crashing)).rejects.toThrow(SimulatedCrash);
      // The dead process still holds the lease: nobody else may step in before it expires.
      expect(await settle(payment.id, h.deps())).toMatchObject({ outcome: "busy" });
      await afterLease();
      expect((await settle(payment.id, h.deps())).state).toBe("done");
      const e = await evidence(h, payment.id);
      expect(e).toMatchObject({ whmcsPayments: 1, fundings: 1, notifications: 1 });
      expect(await whmcsOrders(h, BILLING.clientId)).toHaveLength(1);
      expect(h.card.charges.size).toBe(1);
    });
  }

  it("two concurrent settle calls on one payment: one charge, one WHMCS payment, one funding", async () => {
    const payment = await newRefill(h, { provider: "whmcs-credit", method: "credit" });
    const results = await Promise.all([
      settle(payment.id, h.deps()),
      settle(payment.id, h.deps()),
      settle(payment.id, h.deps()),
    ]);
    expect(results.filter((r) => r.outcome === "final")).toHaveLength(1);
    expect(results.filter((r) => r.outcome === "busy")).toHaveLength(2);
    const e = await evidence(h, payment.id);
    expect(e).toMatchObject({ state: "done", fundings: 1, notifications: 1 });
    expect(await whmcsCredit(h, BILLING.clientId)).toBe("0.10");
    expect(await whmcsOrders(h, BILLING.clientId)).toHaveLength(1);
  });

  it("two concurrent submits with one idempotency key: one attempt, one charge, one funding", async () => {
    const input = {
      accountId: h.accountId("billing"),
      idempotencyKey: "double_click_0000000001",
      purpose: "refill" as const,
      amountMinor: 1_500,
      currency: "USD",
      method: "card",
      provider: "test-card",
      whmcsClientId: BILLING.clientId,
      platformUid: BILLING.uid,
    };
    const submit = async () => {
      const { payment } = await createPayment(h.db, input);
      return settle(payment.id, h.deps());
    };
    await Promise.all([submit(), submit()]);
    // Whoever was "busy" leaves the rest to the queue; here we run it by hand.
    const rows = await h.db.payment.findMany();
    expect(rows).toHaveLength(1);
    await settle(rows[0]!.id, h.deps());
    const e = await evidence(h, rows[0]!.id);
    expect(e).toMatchObject({ state: "done", whmcsPayments: 1, fundings: 1, notifications: 1 });
    expect(h.card.charges.size).toBe(1);
    expect(await whmcsOrders(h, BILLING.clientId)).toHaveLength(1);
    // The same key with another amount is a tampered or confused request: refused.
    await expect(createPayment(h.db, { ...input, amountMinor: 9_900 })).rejects.toThrow(
      IdempotencyConflictError,
    );
  });

  it("reconciliation finishes an attempt stuck after a crash, and cancels an abandoned checkout", async () => {
    const { reconcile } = await import("@/lib/payments/reconcile");
    const stuck = await newRefill(h);
    await expect(
      settle(
        stuck.id,
        h.deps({
          afterEffect: (at) => {
            if (at === "recorded_in_whmcs") throw new SimulatedCrash(at);
          },
        }),
      ),
    ).rejects.toThrow(SimulatedCrash);

    h.card.mode = "checkout";
    const abandoned = await newRefill(h);
    expect((await settle(abandoned.id, h.deps())).state).toBe("awaiting_payment");

    // Nothing is old enough yet.
    expect((await reconcile(h.deps())).checked).toBe(0);
    const later = new Date(Date.now() + 3 * 60 * 60_000);
    const report = await reconcile(h.deps({ now: () => later }));
    expect(report.checked).toBe(2);
    expect(report.results[stuck.id]).toMatchObject({ state: "done" });
    expect(report.results[abandoned.id]).toMatchObject({ state: "cancelled" });
    expect(await evidence(h, stuck.id)).toMatchObject({ whmcsPayments: 1, fundings: 1 });
    const cancelled = await evidence(h, abandoned.id);
    expect(cancelled.fundings).toBe(0);
    expect((await whmcsInvoice(h, cancelled.payment.whmcsInvoiceId ?? 0)).status).toBe("Cancelled");
  });

  it("an abandoned checkout that was paid after all is settled, not cancelled", async () => {
    const { reconcile } = await import("@/lib/payments/reconcile");
    h.card.mode = "checkout";
    const payment = await newRefill(h);
    await settle(payment.id, h.deps());
    h.card.completeCheckout(payment.idempotencyKey);
    const later = new Date(Date.now() + 3 * 60 * 60_000);
    await reconcile(h.deps({ now: () => later }));
    expect(await evidence(h, payment.id)).toMatchObject({
      state: "done",
      whmcsPayments: 1,
      fundings: 1,
    });
    expect((await fundings(h, BILLING.uid)).length).toBe(1);
  });
});
