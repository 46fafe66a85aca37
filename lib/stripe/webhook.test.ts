import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import {
  parseStripeEvent,
  StripeWebhookPayloadError,
  StripeWebhookSignatureError,
  verifyStripeWebhook,
} from "./webhook";

const sdk = new Stripe("sk_test_x");
const secret = "whsec_unit";

const paymentIntent = {
  id: "pi_1",
  object: "payment_intent",
  amount: 2500,
  amount_received: 0,
  currency: "usd",
  status: "requires_payment_method",
  customer: "cus_1",
  payment_method: null,
  metadata: { payment_id: "p1" },
  last_payment_error: {
    type: "card_error",
    code: "card_declined",
    decline_code: "insufficient_funds",
    message: "Your card has insufficient funds.",
    payment_method: { id: "pm_1" },
  },
  next_action: null,
  created: 1_790_000_000,
  livemode: false,
  some_future_field: { ignored: true },
};

function event(type: string, object: unknown, extra: Record<string, unknown> = {}) {
  return {
    id: "evt_1",
    object: "event",
    type,
    created: 1_790_000_001,
    livemode: false,
    data: { object, ...extra },
  };
}

function signed(body: string) {
  return sdk.webhooks.generateTestHeaderString({ payload: body, secret });
}

describe("verifyStripeWebhook", () => {
  it("verifies the raw body and returns the payment intent in domain terms", () => {
    const body = JSON.stringify(event("payment_intent.payment_failed", paymentIntent));
    expect(verifyStripeWebhook(sdk, body, signed(body), secret)).toEqual({
      eventId: "evt_1",
      createdAt: new Date(1_790_000_001_000),
      livemode: false,
      kind: "payment_intent",
      type: "payment_intent.payment_failed",
      paymentIntent: {
        id: "pi_1",
        amountMinor: 2500,
        amountReceivedMinor: 0,
        currency: "USD",
        status: "requires_payment_method",
        customerId: "cus_1",
        paymentMethodId: null,
        card: null,
        metadata: { payment_id: "p1" },
        lastFailure: {
          code: "insufficient_funds",
          stripeCode: "card_declined",
          declineCode: "insufficient_funds",
        },
        authenticationUrl: null,
        createdAt: new Date(1_790_000_000_000),
      },
    });
  });

  it("refuses a wrong signature, a missing header and a changed body", () => {
    const body = JSON.stringify(event("payment_intent.succeeded", paymentIntent));
    const header = signed(body);
    expect(() => verifyStripeWebhook(sdk, body, header, "whsec_other")).toThrow(
      StripeWebhookSignatureError,
    );
    expect(() => verifyStripeWebhook(sdk, body, null, secret)).toThrow(StripeWebhookSignatureError);
    expect(() => verifyStripeWebhook(sdk, body.replace("2500", "2600"), header, secret)).toThrow(
      StripeWebhookSignatureError,
    );
  });
});

describe("parseStripeEvent", () => {
  it("reads a completed checkout session with its expanded payment intent and card", () => {
    const parsed = parseStripeEvent(
      event("checkout.session.completed", {
        id: "cs_test_1",
        object: "checkout.session",
        status: "complete",
        payment_status: "paid",
        payment_intent: {
          ...paymentIntent,
          status: "succeeded",
          amount_received: 2500,
          last_payment_error: null,
          payment_method: {
            id: "pm_9",
            object: "payment_method",
            type: "card",
            customer: "cus_1",
            card: { brand: "visa", last4: "3155", exp_month: 12, exp_year: 2034 },
          },
        },
        customer: "cus_1",
        client_reference_id: "p1",
        metadata: null,
        amount_total: 2500,
        currency: "eur",
        url: null,
      }),
    );
    expect(parsed).toMatchObject({
      kind: "checkout_session",
      session: {
        paid: true,
        paymentIntentId: "pi_1",
        paymentIntent: { card: { brand: "visa", last4: "3155", expMonth: 12, expYear: 2034 } },
        clientReferenceId: "p1",
        metadata: {},
        currency: "EUR",
      },
    });
  });

  it("says whose card was detached", () => {
    const parsed = parseStripeEvent(
      event(
        "payment_method.detached",
        {
          id: "pm_9",
          object: "payment_method",
          type: "card",
          customer: null,
          card: { brand: "visa", last4: "4242", exp_month: 1, exp_year: 2030 },
        },
        { previous_attributes: { customer: "cus_1" } },
      ),
    );
    expect(parsed).toMatchObject({
      kind: "payment_method",
      paymentMethodId: "pm_9",
      card: { customerId: null, last4: "4242" },
      previousCustomerId: "cus_1",
    });
  });

  it("passes other event types through to be acknowledged, and refuses a broken known one", () => {
    expect(parseStripeEvent(event("charge.refunded", { id: "ch_1" }))).toMatchObject({
      kind: "other",
      type: "charge.refunded",
    });
    expect(() => parseStripeEvent(event("payment_intent.succeeded", { id: "pi_1" }))).toThrow(
      StripeWebhookPayloadError,
    );
  });
});
