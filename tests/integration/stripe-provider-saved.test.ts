import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { settle } from "@/lib/payments/settle";
import { backends, BILLING, startHarness, type Harness } from "./support/settlement-harness";
import { evidence, whmcsOrders } from "./support/settlement-probes";
import { stripeSaga, type StripeSaga } from "./support/stripe-provider";

/**
 * The Stripe provider charging a saved card: on-session (the customer picked it on the payment
 * page; 3-D Secure only if the bank asks) and off-session (auto-refill: nobody can authenticate).
 * Real sandbox over HTTP, real database, the official SDK; no card is typed anywhere.
 */
const RETURN_URL = (id: string) => `http://portal.test/billing/payments/${id}`;

describe.each(backends)("Stripe saved cards through the saga on %s", (backend) => {
  let h: Harness;
  let s: StripeSaga;
  beforeAll(async () => {
    h = await startHarness(backend);
    s = stripeSaga(h);
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    await s.reset();
  });

  it("a saved card is charged in one go: no page, one PaymentIntent whose id is the WHMCS transid", async () => {
    const { paymentMethodId } = await s.saveCard("4242424242424242");
    const payment = await s.newCardPayment({ paymentMethodId });
    expect(await settle(payment.id, s.deps())).toEqual({ state: "done", outcome: "final" });
    const e = await evidence(h, payment.id);
    const intents = await s.paymentIntentsOf(payment.id);
    expect(intents).toHaveLength(1);
    expect(e.payment).toMatchObject({ providerTransactionId: intents[0], actionUrl: null });
    expect(e).toMatchObject({ whmcsPayments: 1, fundings: 1, notifications: 1 });
    const intent = await s.stripe.getPaymentIntent(intents[0] ?? "");
    expect(intent).toMatchObject({ amountMinor: 1_190, status: "succeeded" });
  });

  it("a saved card the bank wants to verify: needs_authentication, the customer passes 3-D Secure, done once", async () => {
    const { paymentMethodId } = await s.saveCard("4000002500003155", { offSessionReady: false });
    const payment = await s.newCardPayment({ paymentMethodId });
    expect(await settle(payment.id, s.deps())).toEqual({
      state: "needs_authentication",
      outcome: "waiting",
    });
    const row = await h.db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(row.providerRef).toMatch(/^pi_/);
    expect(row.actionUrl).toMatch(new RegExp(`^${h.sandboxUrl}/c/3ds/`));
    // Nothing happens while the customer is at the bank.
    expect((await settle(payment.id, s.deps())).state).toBe("needs_authentication");

    const answered = await s.authenticate(row.actionUrl ?? "", "pass");
    expect(answered.status).toBe(303);
    const back = new URL(answered.location ?? "");
    expect(`${back.origin}${back.pathname}`).toBe(RETURN_URL(payment.id));
    expect(back.searchParams.get("payment_intent")).toBe(row.providerRef);

    expect(await settle(payment.id, s.deps())).toEqual({ state: "done", outcome: "final" });
    const e = await evidence(h, payment.id);
    expect(e.payment.providerTransactionId).toBe(row.providerRef);
    expect(e).toMatchObject({ whmcsPayments: 1, fundings: 1 });
    expect(await s.paymentIntentsOf(payment.id)).toEqual([row.providerRef]);
  });

  it("a saved card whose 3-D Secure is cancelled: failed authentication_failed, WHMCS order cancelled", async () => {
    const { paymentMethodId } = await s.saveCard("4000002760003184");
    const payment = await s.newCardPayment({ paymentMethodId });
    await settle(payment.id, s.deps());
    const row = await h.db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    await s.authenticate(row.actionUrl ?? "", "cancel");
    expect(await settle(payment.id, s.deps())).toEqual({ state: "failed", outcome: "final" });
    const e = await evidence(h, payment.id);
    expect(e.payment.lastError).toBe("authentication_failed");
    expect(e).toMatchObject({ whmcsPayments: 0, fundings: 0 });
    expect((await whmcsOrders(h, BILLING.clientId)).map((o) => o.status)).toEqual(["Cancelled"]);
  });

  it("a saved card the bank declines: failed card_declined", async () => {
    const { paymentMethodId } = await s.saveCard("4000000000000341");
    const payment = await s.newCardPayment({ paymentMethodId });
    expect(await settle(payment.id, s.deps())).toEqual({ state: "failed", outcome: "final" });
    expect((await evidence(h, payment.id)).payment).toMatchObject({
      lastError: "card_declined",
      providerRef: expect.stringMatching(/^pi_/),
    });
  });

  it("auto-refill off-session: a card that always needs 3-D Secure fails authentication_required, nothing funded", async () => {
    const { paymentMethodId } = await s.saveCard("4000002760003184");
    const payment = await s.newCardPayment({ purpose: "auto-refill", paymentMethodId });
    expect(await settle(payment.id, s.deps())).toEqual({ state: "failed", outcome: "final" });
    const e = await evidence(h, payment.id);
    expect(e.payment).toMatchObject({ lastError: "authentication_required", actionUrl: null });
    // Nobody was at the keyboard: the customer is told once (dashboard + email) why it failed.
    expect(e).toMatchObject({ whmcsPayments: 0, fundings: 0, notifications: 1 });
    const told = await h.db.notification.findFirstOrThrow({ where: { kind: "payment_failed" } });
    expect(told.params).toMatchObject({ paymentId: payment.id, reason: "authentication_failed" });
    expect((await whmcsOrders(h, BILLING.clientId)).map((o) => o.status)).toEqual(["Cancelled"]);
  });

  it("auto-refill off-session: a card authenticated when it was saved is charged without anyone present", async () => {
    const { paymentMethodId } = await s.saveCard("4000002500003155", { offSessionReady: true });
    const payment = await s.newCardPayment({ purpose: "auto-refill", paymentMethodId });
    expect(await settle(payment.id, s.deps())).toEqual({ state: "done", outcome: "final" });
    expect(await evidence(h, payment.id)).toMatchObject({ whmcsPayments: 1, fundings: 1 });
  });

  it("start twice and concurrent settles: one PaymentIntent, one WHMCS payment, one funding", async () => {
    const { paymentMethodId } = await s.saveCard("4242424242424242");
    const first = await s.newCardPayment({ paymentMethodId });
    expect((await settle(first.id, s.deps())).state).toBe("done");
    // As if the state writes after the charge had been lost: the idempotency key answers again.
    const attempt = await s.attemptOf(first.id);
    const [a, b] = [
      await s.provider.start({ ...attempt, providerRef: null }),
      await s.provider.start({ ...attempt, providerRef: null }),
    ];
    expect(a).toEqual(b);
    expect(a).toMatchObject({ kind: "captured", transactionId: attempt.providerRef });
    expect(await s.paymentIntentsOf(first.id)).toHaveLength(1);

    const second = await s.newCardPayment({ paymentMethodId });
    const results = await Promise.all(Array.from({ length: 4 }, () => settle(second.id, s.deps())));
    expect(results.filter((r) => r.state === "done")).not.toHaveLength(0);
    await settle(second.id, s.deps());
    expect(await s.paymentIntentsOf(second.id)).toHaveLength(1);
    expect(await evidence(h, second.id)).toMatchObject({
      state: "done",
      whmcsPayments: 1,
      fundings: 1,
      notifications: 1,
    });
  });

  it("forgetting a saved card detaches it at Stripe, and forgetting it again is fine", async () => {
    const { customerId } = await s.saveCard("4242424242424242");
    const [card] = await s.stripe.listSavedCards(customerId);
    await s.provider.forgetMethod?.(card?.paymentMethodId ?? "");
    await s.provider.forgetMethod?.(card?.paymentMethodId ?? "");
    await s.provider.forgetMethod?.("pm_never_existed");
    expect(await s.stripe.listSavedCards(customerId)).toEqual([]);
  });
});
