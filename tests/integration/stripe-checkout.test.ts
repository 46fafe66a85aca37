import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { StripeFailure, type StripeGateway } from "@/lib/stripe";
import {
  authenticate,
  CARDS,
  control,
  eventually,
  gatewayFor,
  payOnPage,
  startReceiver,
  startStripeSandbox,
  THREE_DS_PASSWORD,
  WEBHOOK_SECRET,
  type Receiver,
  type Sandbox,
} from "./support/stripe";

/**
 * Top-ups through the hosted checkout page, end to end over HTTP: the official `stripe` package
 * (through lib/stripe) against the sandbox, the page driven with plain form posts, and webhooks
 * verified with `constructEvent` by a local receiver standing in for the portal.
 */
let sandbox: Sandbox;
let remove: () => void;
let stripe: StripeGateway;
let receiver: Receiver;
const RETURN = "http://portal.invalid/billing/topup";

beforeAll(async () => {
  ({ sandbox, remove } = await startStripeSandbox());
  stripe = gatewayFor(sandbox);
  receiver = await startReceiver(stripe);
  await control(sandbox, "stripe/webhook-endpoint", { url: receiver.url, secret: WEBHOOK_SECRET });
});

beforeEach(() => receiver.clear());

afterAll(async () => {
  await receiver.close();
  await sandbox.close();
  remove();
});

async function newCheckout(input: { saveCard?: boolean; amountMinor?: number; ref?: string } = {}) {
  const ref = input.ref ?? `pay_${Math.random().toString(36).slice(2)}`;
  const { customerId } = await stripe.createCustomer(
    { email: "bill@demo.test", name: "Bill Billing" },
    `customer:${ref}`,
  );
  const checkout = await stripe.createCheckout(
    {
      customerId,
      amountMinor: input.amountMinor ?? 2500,
      currency: "USD",
      productName: "Account credit",
      saveCard: input.saveCard ?? false,
      clientReferenceId: ref,
      metadata: { payment_id: ref },
      successUrl: `${RETURN}/return?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${RETURN}?cancelled=1`,
    },
    `topup:${ref}`,
  );
  return { ...checkout, customerId, ref };
}

describe("checkout session", () => {
  it("is created open, unpaid and without a PaymentIntent, with a page at its url", async () => {
    const { sessionId, url } = await newCheckout({ amountMinor: 4250 });
    expect(url).toBe(`${sandbox.url}/c/pay/${sessionId}`);
    const session = await stripe.getCheckoutSession(sessionId);
    expect(session).toMatchObject({
      status: "open",
      paid: false,
      paymentIntentId: null,
      amountTotalMinor: 4250,
      currency: "USD",
    });

    const page = await fetch(url);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("$42.50");
    for (const label of [
      "Card number",
      "Expiration date (MM / YY)",
      "Security code (CVC)",
      "Cardholder name",
    ]) {
      expect(html).toContain(`>${label}</label>`);
    }
    expect(html).toContain(`href="${RETURN}?cancelled=1"`);
  });

  it("shows what is wrong with the typed card without charging anything", async () => {
    const { url, sessionId } = await newCheckout();
    const result = await payOnPage(url, "4242 4242 4242 4241", { cardExpiry: "13/30" });
    expect(result.status).toBe(400);
    expect(result.html).toContain("Your card number is invalid.");
    expect(result.html).toContain("Your card&#39;s expiration date is invalid.");
    expect(result.html).toMatch(/id="cardNumber"[^>]*aria-invalid="true"/s);
    expect((await stripe.getCheckoutSession(sessionId)).paymentIntentId).toBeNull();
  });
});

describe("abandoned checkout", () => {
  it("an expired session sends checkout.session.expired and its page can no longer take a card", async () => {
    const { url, sessionId } = await newCheckout();
    const response = await fetch(`${sandbox.url}/v1/checkout/sessions/${sessionId}/expire`, {
      method: "POST",
      headers: { authorization: "Bearer sk_test_sandbox" },
    });
    expect(response.status).toBe(200);
    const expired = await eventually(() =>
      receiver.received.find((r) => r.event.type === "checkout.session.expired"),
    );
    expect(expired.event).toMatchObject({
      session: { id: sessionId, status: "expired", paid: false },
    });
    expect(await stripe.getCheckoutSession(sessionId)).toMatchObject({
      status: "expired",
      url: null,
    });
    const page = await payOnPage(url, CARDS.visa);
    expect(page.status).toBe(410);
    expect(page.html).toContain("This checkout session has expired");
  });
});

describe("paying on the hosted page", () => {
  it("4242 succeeds: redirect to success_url, signed webhooks, paid session with the card", async () => {
    const { url, sessionId, ref, customerId } = await newCheckout();
    const result = await payOnPage(url, CARDS.visa);
    expect(result.status).toBe(303);
    expect(result.location).toBe(`${RETURN}/return?session_id=${sessionId}`);

    await eventually(() => receiver.received.length >= 2);
    expect(receiver.rejected).toEqual([]);
    expect(receiver.types()).toEqual(["payment_intent.succeeded", "checkout.session.completed"]);
    const succeeded = receiver.received[0]!.event;
    if (succeeded.kind !== "payment_intent") throw new Error("expected a payment intent event");
    expect(succeeded.paymentIntent).toMatchObject({
      amountMinor: 2500,
      amountReceivedMinor: 2500,
      currency: "USD",
      status: "succeeded",
      customerId,
      metadata: { payment_id: ref },
    });
    const completed = receiver.received[1]!.event;
    expect(completed).toMatchObject({
      kind: "checkout_session",
      session: { id: sessionId, paid: true, status: "complete", clientReferenceId: ref },
    });

    const session = await stripe.getCheckoutSession(sessionId);
    expect(session.paymentIntent).toMatchObject({
      id: succeeded.paymentIntent.id,
      status: "succeeded",
      card: { brand: "visa", last4: "4242", expMonth: 12, expYear: 2034 },
    });
    // Not saved without consent.
    expect(await stripe.listSavedCards(customerId)).toEqual([]);
    // A paid session's page sends the buyer on to the success URL.
    const again = await fetch(url, { redirect: "manual" });
    expect(again.status).toBe(303);
  });

  it("3155 asks for 3-D Secure; the right password pays and saves the card for off-session refills", async () => {
    const { url, sessionId, customerId } = await newCheckout({ saveCard: true });
    const pay = await payOnPage(url, CARDS.threeDSOnce);
    expect(pay.status).toBe(303);
    expect(pay.location).toMatch(/^\/c\/3ds\/src_/);
    const challenge = await fetch(new URL(pay.location!, sandbox.url));
    const html = await challenge.text();
    expect(html).toContain("<h1>Purchase Authentication</h1>");
    expect(html).toContain('<label for="password">Password</label>');

    const done = await authenticate(sandbox, pay.location!, { password: THREE_DS_PASSWORD });
    expect(done.location).toBe(`${RETURN}/return?session_id=${sessionId}`);
    await eventually(() => receiver.types().includes("checkout.session.completed"));
    expect(receiver.types()).toEqual([
      "payment_intent.requires_action",
      "payment_method.attached",
      "payment_intent.succeeded",
      "checkout.session.completed",
    ]);

    const [card] = await stripe.listSavedCards(customerId);
    expect(card).toMatchObject({ brand: "visa", last4: "3155", customerId });
    // Authenticated while being saved → the bank lets later off-session payments through.
    const refill = await stripe.chargeSavedCard(
      {
        customerId,
        paymentMethodId: card!.paymentMethodId,
        amountMinor: 1000,
        currency: "USD",
        metadata: { payment_id: "refill-1" },
        offSession: true,
      },
      "autorefill:refill-1",
    );
    expect(refill).toMatchObject({
      status: "succeeded",
      amountReceivedMinor: 1000,
      card: { last4: "3155" },
    });
  });

  it("a wrong password fails the payment; the buyer sees why and can pay with another card", async () => {
    const { url, sessionId } = await newCheckout();
    const pay = await payOnPage(url, CARDS.threeDSOnce);
    const failed = await authenticate(sandbox, pay.location!, { password: "wrong" });
    expect(failed.location).toBe(`/c/pay/${sessionId}?retry=1`);
    const page = await (await fetch(new URL(failed.location!, sandbox.url))).text();
    expect(page).toContain('role="alert"');
    expect(page).toContain("We are unable to authenticate your payment method.");

    const event = await eventually(() =>
      receiver.received.find((r) => r.event.type === "payment_intent.payment_failed"),
    );
    expect(event.event).toMatchObject({
      paymentIntent: {
        status: "requires_payment_method",
        lastFailure: { code: "authentication_failed" },
      },
    });
    // The challenge is used up.
    expect(
      (await authenticate(sandbox, pay.location!, { password: THREE_DS_PASSWORD })).status,
    ).toBe(410);

    const retry = await payOnPage(url, CARDS.visa);
    expect(retry.location).toBe(`${RETURN}/return?session_id=${sessionId}`);
    const session = await stripe.getCheckoutSession(sessionId);
    // One PaymentIntent for the whole session, failed first, then paid.
    expect(session.paymentIntent).toMatchObject({
      id: event.event.kind === "payment_intent" ? event.event.paymentIntent.id : "",
      status: "succeeded",
    });
  });

  it("cancelling the authentication fails the payment too", async () => {
    const { url } = await newCheckout();
    const pay = await payOnPage(url, CARDS.threeDSAlways);
    const cancelled = await authenticate(sandbox, pay.location!, "cancel");
    expect(cancelled.location).toMatch(/\?retry=1$/);
    await eventually(() => receiver.types().includes("payment_intent.payment_failed"));
  });

  it.each([
    [CARDS.insufficientFunds, "Your card has insufficient funds.", "insufficient_funds"],
    [CARDS.declined, "Your card was declined.", "declined"],
  ])(
    "%s is declined with a message on the page and a failure event",
    async (card, message, code) => {
      const { url, sessionId } = await newCheckout();
      const result = await payOnPage(url, card);
      expect(result.status).toBe(402);
      expect(result.html).toContain(`${message} Try a different card.`);
      expect(result.html).toMatch(/id="cardNumber"[^>]*value=""/s);
      const failed = await eventually(() =>
        receiver.received.find((r) => r.event.type === "payment_intent.payment_failed"),
      );
      expect(failed.event).toMatchObject({ paymentIntent: { lastFailure: { code } } });
      expect(await stripe.getCheckoutSession(sessionId)).toMatchObject({
        status: "open",
        paid: false,
      });
    },
  );
});

describe("saved cards", () => {
  it("3184 needs 3-D Secure every time: off-session fails with authentication_required", async () => {
    const { url, customerId } = await newCheckout({ saveCard: true });
    const pay = await payOnPage(url, CARDS.threeDSAlways);
    await authenticate(sandbox, pay.location!, { password: THREE_DS_PASSWORD });
    const [card] = await stripe.listSavedCards(customerId);

    const attempt = stripe.chargeSavedCard(
      {
        customerId,
        paymentMethodId: card!.paymentMethodId,
        amountMinor: 1000,
        currency: "USD",
        metadata: { payment_id: "refill-3184" },
        offSession: true,
      },
      "autorefill:refill-3184",
    );
    const error = (await attempt.catch((e: unknown) => e)) as StripeFailure;
    expect(error).toBeInstanceOf(StripeFailure);
    expect([error.code, error.status, error.isCardFailure]).toEqual([
      "authentication_required",
      402,
      true,
    ]);
    const intent = await stripe.getPaymentIntent(error.paymentIntentId!);
    expect(intent).toMatchObject({
      status: "requires_payment_method",
      lastFailure: { code: "authentication_required" },
    });

    // With the customer present, the same card goes through the bank's page and back to return_url.
    const onSession = await stripe.chargeSavedCard(
      {
        customerId,
        paymentMethodId: card!.paymentMethodId,
        amountMinor: 1000,
        currency: "USD",
        metadata: { payment_id: "manual-3184" },
        offSession: false,
        returnUrl: `${RETURN}/authenticated`,
      },
      "charge:manual-3184",
    );
    expect(onSession.status).toBe("requires_action");
    expect(onSession.authenticationUrl).toMatch(new RegExp(`^${sandbox.url}/c/3ds/src_`));
    const back = await authenticate(sandbox, new URL(onSession.authenticationUrl!).pathname, {
      password: THREE_DS_PASSWORD,
    });
    const returned = new URL(back.location!);
    expect(`${returned.origin}${returned.pathname}`).toBe(`${RETURN}/authenticated`);
    expect(returned.searchParams.get("payment_intent")).toBe(onSession.id);
    expect(returned.searchParams.get("redirect_status")).toBe("succeeded");
    expect(await stripe.getPaymentIntent(onSession.id)).toMatchObject({ status: "succeeded" });
  });

  it("a detached card disappears from the customer's cards and cannot be charged", async () => {
    const { url, customerId } = await newCheckout({ saveCard: true });
    await payOnPage(url, CARDS.visa);
    const [card] = await stripe.listSavedCards(customerId);
    receiver.clear();
    await stripe.detachCard(card!.paymentMethodId);
    expect(await stripe.listSavedCards(customerId)).toEqual([]);
    const detached = await eventually(() =>
      receiver.received.find((r) => r.event.type === "payment_method.detached"),
    );
    expect(detached.event).toMatchObject({
      previousCustomerId: customerId,
      card: { customerId: null },
    });
    const error = (await stripe
      .chargeSavedCard(
        {
          customerId,
          paymentMethodId: card!.paymentMethodId,
          amountMinor: 500,
          currency: "USD",
          metadata: {},
          offSession: true,
        },
        "autorefill:detached",
      )
      .catch((e: unknown) => e)) as StripeFailure;
    expect(error.code).toBe("invalid_request");
  });
});
