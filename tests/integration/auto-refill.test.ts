import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runAutoRefill, type AutoRefillDeps } from "@/lib/billing/auto-refill";
import type { createNotifier } from "@/lib/notifications";
import { settle } from "@/lib/payments/settle";
import { backends, BILLING, startHarness, type Harness } from "./support/settlement-harness";
import { fundings, newRefill } from "./support/settlement-probes";
import { closedPort, testNotifier } from "./support/test-notifier";

/**
 * The auto-refill check against the real sandbox (platform balance, WHMCS orders, funding) and a
 * real database, with the saga's test card provider standing in for Stripe: one attempt per account
 * however many checks run at once, nothing above the threshold, and a failed off-session charge
 * told once and never retried by itself.
 */
type Email = { to: string[]; subject: string; text: string };

describe.each(backends)("auto-refill check (%s)", (backend) => {
  let h: Harness;
  let accountId: string;
  let mail: ReturnType<typeof createNotifier>;
  const queued: string[] = [];

  const notifier = (smtpPort: number) => testNotifier(h.db, smtpPort);

  function deps(overrides: Partial<AutoRefillDeps> = {}): AutoRefillDeps {
    return {
      // One notifier for the saga and the check, with SMTP, as in the portal.
      settlement: h.deps({ notify: async (id, event) => void (await mail.notify(id, event)) }),
      notify: (id, event) => mail.notify(id, event),
      requestSettlement: async (paymentId) => void queued.push(paymentId),
      currency: "USD",
      cooldownMs: 60 * 60_000,
      ...overrides,
    };
  }

  async function emails(): Promise<Email[]> {
    const response = await fetch(
      `${h.sandboxUrl}/_control/emails?to=${encodeURIComponent(BILLING.email)}`,
    );
    return (await response.json()) as Email[];
  }

  const autoRefills = () => h.db.payment.findMany({ where: { accountId, purpose: "auto-refill" } });
  const rule = () => h.db.autoRefill.findUniqueOrThrow({ where: { accountId } });
  const failedNotifications = () =>
    h.db.notification.findMany({ where: { accountId, kind: "payment_failed" } });

  beforeAll(async () => {
    h = await startHarness(backend);
    accountId = h.accountId("billing");
    mail = notifier(h.smtpPort);
  });
  afterAll(async () => {
    mail?.close();
    await h?.close();
  });

  beforeEach(async () => {
    await h.reset();
    await fetch(`${h.sandboxUrl}/_control/emails`, { method: "DELETE" });
    await h.db.autoRefill.deleteMany();
    await h.db.paymentMethod.deleteMany();
    await h.db.platformSession.deleteMany();
    queued.length = 0;
    // The billing demo account has 42.50 on the platform; it saved two cards, the Visa by default.
    await h.db.paymentMethod.create({
      data: {
        accountId,
        provider: "test-card",
        providerTokenId: "pm_test_visa",
        kind: "card",
        display: { brand: "visa", last4: "4242", expMonth: 12, expYear: 2030 },
        isDefault: true,
      },
    });
    await h.db.paymentMethod.create({
      data: {
        accountId,
        provider: "test-card",
        providerTokenId: "pm_test_mastercard",
        kind: "card",
        display: { brand: "mastercard", last4: "4444", expMonth: 1, expYear: 2031 },
      },
    });
    await h.db.autoRefill.create({
      data: {
        accountId,
        enabled: true,
        thresholdMinor: 5_000,
        amountMinor: 2_000,
        currency: "USD",
      },
    });
  });

  it("below the threshold: checks running at once make exactly one attempt, funded once", async () => {
    const reports = await Promise.all([1, 2, 3, 4].map(() => runAutoRefill(deps())));
    const outcomes = reports.map((r) => r.outcomes[accountId]);
    expect(outcomes.filter((o) => o === "started")).toHaveLength(1);
    const attempts = await autoRefills();
    expect(attempts).toHaveLength(1);
    const [attempt] = attempts;
    expect(attempt).toMatchObject({ state: "done", amountMinor: 2_000, method: "card" });
    expect(h.card.charges.size).toBe(1);
    expect(h.card.offSessionTokens).toEqual(["pm_test_visa"]);
    expect(await fundings(h, BILLING.uid, attempt?.fundingNote ?? "")).toHaveLength(1);
    expect(await rule()).toMatchObject({ lastPaymentId: attempt?.id, lastError: null });
    expect(
      await h.db.auditEvent.count({ where: { accountId, action: "auto_refill.started" } }),
    ).toBe(1);

    // The balance drops below the threshold again at once: the cool-down holds, nothing new starts.
    await h.control("platform-balance", { email: BILLING.email, balanceCents: 100 });
    expect((await runAutoRefill(deps())).outcomes[accountId]).toBe("cooling_down");
    expect(await autoRefills()).toHaveLength(1);
  });

  it("above the threshold: nothing is ordered or charged", async () => {
    await h.db.autoRefill.update({ where: { accountId }, data: { thresholdMinor: 4_000 } });
    const report = await runAutoRefill(deps());
    expect(report.outcomes[accountId]).toBe("above_threshold");
    expect(await autoRefills()).toHaveLength(0);
    expect(h.card.startCalls).toBe(0);
  });

  it("a declined off-session charge: reason kept, told once by dashboard and email, no retry", async () => {
    h.card.offSessionAnswer = "card_declined";
    const report = await runAutoRefill(deps({ cooldownMs: 1 }));
    expect(report.outcomes[accountId]).toBe("failed");
    const [attempt] = await autoRefills();
    expect(attempt?.state).toBe("failed");
    expect(await rule()).toMatchObject({ enabled: true, lastError: "card_declined" });
    const notes = await failedNotifications();
    expect(notes).toHaveLength(1);
    expect(notes[0]?.params).toMatchObject({ paymentId: attempt?.id, reason: "declined" });
    const mails = await emails();
    expect(mails).toHaveLength(1);

    // No cool-down left, balance still low: the rule stays paused, nothing new is charged.
    for (let i = 0; i < 2; i++) {
      expect((await runAutoRefill(deps({ cooldownMs: 1 }))).outcomes[accountId]).toBe("paused");
    }
    expect(await autoRefills()).toHaveLength(1);
    expect(h.card.startCalls).toBe(1);
    expect(await failedNotifications()).toHaveLength(1);
    expect(await emails()).toHaveLength(1);
  });

  it("the bank asks for authentication: the attempt is cancelled and the customer asked to pay by hand", async () => {
    h.card.offSessionAnswer = "needs_authentication";
    const report = await runAutoRefill(deps({ cooldownMs: 1 }));
    const [attempt] = await autoRefills();
    expect(report.outcomes[accountId]).toBe("failed");
    expect(attempt?.state).toBe("cancelled");
    expect(await rule()).toMatchObject({ lastError: "authentication_required" });
    const notes = await failedNotifications();
    expect(notes.map((n) => n.params)).toMatchObject([{ reason: "authentication_failed" }]);
    // Its WHMCS order was cancelled, so no unpaid invoice is left behind.
    const order = await h.whmcsRaw("GetOrders", { id: String(attempt?.whmcsOrderId) });
    expect(JSON.stringify(order)).toMatch(/Cancelled/);
  });

  it("a paused rule resumes after the customer pays once by hand", async () => {
    h.card.offSessionAnswer = "card_declined";
    await runAutoRefill(deps({ cooldownMs: 1 }));
    expect((await runAutoRefill(deps({ cooldownMs: 1 }))).outcomes[accountId]).toBe("paused");

    const byHand = await newRefill(h, { provider: "whmcs-credit", method: "credit" });
    expect((await settle(byHand.id, h.deps())).state).toBe("done");
    h.card.offSessionAnswer = null;
    await h.control("platform-balance", { email: BILLING.email, balanceCents: 100 });
    expect((await runAutoRefill(deps({ cooldownMs: 1 }))).outcomes[accountId]).toBe("started");
    expect((await autoRefills()).map((p) => p.state).sort()).toEqual(["done", "failed"]);
    expect(await rule()).toMatchObject({ lastError: null });
  });

  it("without a default payment method nothing is charged and the page can say why", async () => {
    await h.db.paymentMethod.deleteMany();
    expect((await runAutoRefill(deps())).outcomes[accountId]).toBe("not_runnable");
    expect(await rule()).toMatchObject({ lastError: "no_payment_method" });
    expect(await autoRefills()).toHaveLength(0);
  });

  it("SMTP down when it fails: the dashboard row exists at once and the email is kept pending", async () => {
    h.card.offSessionAnswer = "insufficient_funds";
    const down = notifier(await closedPort());
    await runAutoRefill(
      deps({
        settlement: h.deps({ notify: async (id, event) => void (await down.notify(id, event)) }),
        notify: (id, event) => down.notify(id, event),
      }),
    );
    const [note] = await failedNotifications();
    expect(note).toMatchObject({
      emailStatus: "pending",
      params: { reason: "insufficient_funds" },
    });
    expect(await emails()).toHaveLength(0);
    expect((await mail.retryPendingEmails()).sent).toBe(1);
    expect(await emails()).toHaveLength(1);
    down.close();
  });
});
