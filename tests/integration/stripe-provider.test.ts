import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { abandon } from "@/lib/payments/reconcile";
import { settle } from "@/lib/payments/settle";
import { StripeFailure } from "@/lib/stripe";
import { backends, BILLING, startHarness, type Harness } from "./support/settlement-harness";
import {
  evidence,
  whmcsInvoice,
  whmcsOrders,
  whmcsTransactions,
} from "./support/settlement-probes";
import { CARDS, payOnPage } from "./support/stripe";
import { stripeSaga, type StripeSaga } from "./support/stripe-provider";

/**
 * The Stripe provider in the settlement saga, new cards: the customer pays on Stripe's hosted
 * Checkout page (posted as the browser posts it), the saga finds out and settles WHMCS and the
 * platform exactly once. Real sandbox over HTTP, real database, the official SDK.
 */
const RETURN_URL = (id: string) => `http://portal.test/billing/payments/${id}`;

describe.each(backends)("Stripe hosted checkout through the saga on %s", (backend) => {
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

  /** Creates the attempt and runs the saga up to the hosted page; returns the page's URL. */
  async function toCheckout(saveMethod: boolean) {
    const payment = await s.newCardPayment({ saveMethod });
    expect(await settle(payment.id, s.deps())).toEqual({
      state: "awaiting_payment",
      outcome: "waiting",
    });
    const row = await h.db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(row.providerRef).toMatch(/^cs_/);
    expect(row.actionUrl).toBe(`${h.sandboxUrl}/c/pay/${row.providerRef}`);
    return { id: payment.id, url: row.actionUrl ?? "", sessionId: row.providerRef ?? "" };
  }

  it("a new card paid on the hosted page: one PaymentIntent, one WHMCS payment with its id, funded once, card kept as default when opted in", async () => {
    const { id, url, sessionId } = await toCheckout(true);
    const session = await s.stripe.getCheckoutSession(sessionId);
    // The gross amount of the WHMCS invoice (10.00 + 19 % VAT) is what the card is charged.
    expect(session).toMatchObject({
      amountTotalMinor: 1_190,
      currency: "USD",
      clientReferenceId: id,
      metadata: { paymentId: id },
    });
    const page = await payOnPage(url, CARDS.visa);
    expect(page).toMatchObject({ status: 303, location: RETURN_URL(id) });

    expect(await settle(id, s.deps())).toEqual({ state: "done", outcome: "final" });
    const e = await evidence(h, id);
    const intents = await s.paymentIntentsOf(id);
    expect(intents).toHaveLength(1);
    expect(e.payment.providerTransactionId).toBe(intents[0]);
    expect(e).toMatchObject({ whmcsPayments: 1, fundings: 1, fundedAmount: 10, notifications: 1 });
    const [transaction] = await whmcsTransactions(h, intents[0] ?? "");
    expect(transaction).toMatchObject({ gateway: "stripe", amountin: "11.90" });
    expect((await whmcsInvoice(h, e.payment.whmcsInvoiceId ?? 0)).status).toBe("Paid");

    // The card is kept on the account's Stripe customer and in the portal, as its default.
    const customer = await h.db.providerCustomer.findFirstOrThrow({
      where: { accountId: h.accountId("billing"), provider: "stripe" },
    });
    expect(session.customerId).toBe(customer.customerId);
    const methods = await h.db.paymentMethod.findMany({
      where: { accountId: h.accountId("billing") },
    });
    expect(methods).toHaveLength(1);
    expect(methods[0]).toMatchObject({
      provider: "stripe",
      kind: "card",
      isDefault: true,
      display: { brand: "visa", last4: "4242", expMonth: 12, expYear: 2034 },
    });
    expect(
      (await s.stripe.listSavedCards(customer.customerId)).map((c) => c.paymentMethodId),
    ).toEqual([methods[0]?.providerTokenId]);

    // Settling again (webhook, return page, worker) changes nothing.
    expect(await settle(id, s.deps())).toEqual({ state: "done", outcome: "final" });
    expect(await evidence(h, id)).toMatchObject({ whmcsPayments: 1, fundings: 1 });
  });

  it("without the opt-in the card is neither kept at Stripe nor in the portal; the same Stripe customer is reused", async () => {
    const first = await toCheckout(false);
    await payOnPage(first.url, "5555 5555 5555 4444");
    expect((await settle(first.id, s.deps())).state).toBe("done");
    expect(await h.db.paymentMethod.count()).toBe(0);

    const second = await toCheckout(false);
    const [a, b] = await Promise.all(
      [first.sessionId, second.sessionId].map((id) => s.stripe.getCheckoutSession(id)),
    );
    expect(b?.customerId).toBe(a?.customerId);
    expect(await s.stripe.listSavedCards(a?.customerId ?? "")).toEqual([]);
    expect(await h.db.providerCustomer.count()).toBe(1);
  });

  it("3-D Secure on the hosted page, then paid: done once", async () => {
    const { id, url } = await toCheckout(false);
    const page = await payOnPage(url, CARDS.threeDSOnce);
    expect(page.status).toBe(303);
    expect(page.location).toMatch(/^\/c\/3ds\//);
    // Still on Stripe's pages: nothing to do for the saga yet.
    expect(await settle(id, s.deps())).toEqual({ state: "awaiting_payment", outcome: "waiting" });
    const answered = await s.authenticate(new URL(page.location ?? "", h.sandboxUrl).href, "pass");
    expect(answered.location).toBe(RETURN_URL(id));
    expect(await settle(id, s.deps())).toEqual({ state: "done", outcome: "final" });
    expect(await evidence(h, id)).toMatchObject({ whmcsPayments: 1, fundings: 1 });
  });

  it("declined, then insufficient funds, then the customer cancels: cancelled with the bank's last reason, WHMCS order cancelled, nothing charged", async () => {
    const { id, url, sessionId } = await toCheckout(false);
    const declined = await payOnPage(url, CARDS.declined);
    expect(declined.status).toBe(402);
    expect(declined.html).toContain("Your card was declined.");
    // The customer may still try another card: the attempt keeps waiting.
    expect(await settle(id, s.deps())).toEqual({ state: "awaiting_payment", outcome: "waiting" });
    expect(await s.provider.confirm(await s.attemptOf(id))).toMatchObject({
      kind: "pending",
      providerRef: sessionId,
      lastDecline: "card_declined",
    });

    expect((await payOnPage(url, CARDS.insufficientFunds)).status).toBe(402);
    // "← Back to Demo Cloud" → the portal's cancel route → cancelPayment → abandon.
    expect(await abandon(id, s.deps(), "cancelled_by_customer")).toEqual({
      state: "cancelled",
      outcome: "final",
    });
    const e = await evidence(h, id);
    expect(e.payment.lastError).toBe("insufficient_funds");
    expect(e).toMatchObject({ whmcsPayments: 0, fundings: 0, notifications: 0 });
    expect((await whmcsOrders(h, BILLING.clientId)).map((o) => o.status)).toEqual(["Cancelled"]);
    expect((await whmcsInvoice(h, e.payment.whmcsInvoiceId ?? 0)).status).toBe("Cancelled");
    // The hosted page can no longer take a card.
    expect((await s.stripe.getCheckoutSession(sessionId)).status).toBe("expired");
    expect((await payOnPage(url, CARDS.visa)).status).toBe(410);
  });

  it("a failed 3-D Secure on the hosted page is remembered as authentication_failed", async () => {
    const { id, url, sessionId } = await toCheckout(false);
    const page = await payOnPage(url, CARDS.threeDSAlways);
    const answered = await s.authenticate(
      new URL(page.location ?? "", h.sandboxUrl).href,
      "cancel",
    );
    expect(answered.location).toBe(`/c/pay/${sessionId}?retry=1`);
    expect(await s.provider.confirm(await s.attemptOf(id))).toMatchObject({
      kind: "pending",
      lastDecline: "authentication_failed",
    });
    await abandon(id, s.deps(), "cancelled_by_customer");
    expect((await evidence(h, id)).payment).toMatchObject({
      state: "cancelled",
      lastError: "authentication_failed",
    });
  });

  it("an expired session fails the attempt as expired and cancels the WHMCS order", async () => {
    const { id, sessionId } = await toCheckout(false);
    await s.stripe.expireCheckoutSession(sessionId);
    expect(await settle(id, s.deps())).toEqual({ state: "failed", outcome: "final" });
    expect((await evidence(h, id)).payment.lastError).toBe("expired");
    expect((await whmcsOrders(h, BILLING.clientId)).map((o) => o.status)).toEqual(["Cancelled"]);
  });

  it("start and confirm called again give the same session; cancel is repeatable but never cancels a paid session", async () => {
    const { id, url, sessionId } = await toCheckout(false);
    const attempt = await s.attemptOf(id);
    // As if the state write after the first start had been lost: the idempotency key answers.
    const again = await s.provider.start({ ...attempt, providerRef: null });
    expect(again).toMatchObject({ kind: "pending", providerRef: sessionId, actionUrl: url });
    expect(await s.provider.start(attempt)).toMatchObject({ providerRef: sessionId });

    await payOnPage(url, CARDS.visa);
    const [one, two] = await Promise.all([
      s.provider.confirm(attempt),
      s.provider.confirm(attempt),
    ]);
    expect(one).toEqual(two);
    expect(one).toMatchObject({ kind: "captured", transactionId: expect.stringMatching(/^pi_/) });
    await expect(s.provider.cancel?.(attempt)).rejects.toBeInstanceOf(StripeFailure);
    expect(await settle(id, s.deps())).toEqual({ state: "done", outcome: "final" });
    expect(await s.paymentIntentsOf(id)).toHaveLength(1);

    const other = await toCheckout(false);
    const otherAttempt = await s.attemptOf(other.id);
    await s.provider.cancel?.(otherAttempt);
    await s.provider.cancel?.(otherAttempt);
    expect(await s.provider.confirm(otherAttempt)).toMatchObject({
      kind: "failed",
      reason: "expired",
    });
  });
});
