import { describe, expect, it } from "vitest";
import type { CheckoutSessionInfo, PaymentIntentInfo } from "@/lib/stripe";
import { declineReason, intentOutcome, sessionOutcome } from "./stripe-outcomes";

const intent = (over: Partial<PaymentIntentInfo> = {}): PaymentIntentInfo => ({
  id: "pi_1",
  amountMinor: 1_190,
  amountReceivedMinor: 0,
  currency: "USD",
  status: "requires_payment_method",
  customerId: "cus_1",
  paymentMethodId: null,
  card: null,
  metadata: {},
  lastFailure: null,
  authenticationUrl: null,
  createdAt: new Date(0),
  ...over,
});

const session = (over: Partial<CheckoutSessionInfo> = {}): CheckoutSessionInfo => ({
  id: "cs_1",
  status: "open",
  paid: false,
  paymentIntentId: null,
  paymentIntent: null,
  customerId: "cus_1",
  clientReferenceId: "pay_1",
  metadata: {},
  amountTotalMinor: 1_190,
  currency: "USD",
  url: "https://checkout.test/cs_1",
  ...over,
});

describe("what the customer is told about a refused card", () => {
  it.each([
    [{ code: "declined" as const, stripeCode: "card_declined" }, "card_declined"],
    [{ code: "insufficient_funds" as const }, "insufficient_funds"],
    [{ code: "authentication_required" as const }, "authentication_required"],
    [{ code: "authentication_failed" as const }, "authentication_failed"],
    [{ code: "expired_card" as const }, "expired_card"],
    [{ code: "incorrect_card_details" as const, stripeCode: "incorrect_cvc" }, "incorrect_cvc"],
    [
      {
        code: "incorrect_card_details" as const,
        stripeCode: "card_declined",
        declineCode: "incorrect_cvc",
      },
      "incorrect_cvc",
    ],
    [{ code: "incorrect_card_details" as const, stripeCode: "incorrect_number" }, "card_declined"],
    [{ code: "processing_error" as const }, "processing_error"],
  ])("%o → %s", (failure, reason) => {
    expect(declineReason(failure)).toBe(reason);
  });
});

describe("a PaymentIntent's status", () => {
  it("succeeded is captured with the PaymentIntent as the transaction", () => {
    expect(intentOutcome(intent({ status: "succeeded", amountReceivedMinor: 1_190 }))).toEqual({
      kind: "captured",
      transactionId: "pi_1",
      amountMinor: 1_190,
      providerRef: "pi_1",
    });
  });

  it("requires_action sends the customer to the bank", () => {
    expect(
      intentOutcome(intent({ status: "requires_action", authenticationUrl: "https://bank/3ds" })),
    ).toEqual({ kind: "needs_authentication", providerRef: "pi_1", actionUrl: "https://bank/3ds" });
  });

  it("requires_payment_method after a failed 3-D Secure is failed authentication_failed", () => {
    const failed = intent({
      lastFailure: {
        code: "authentication_failed",
        stripeCode: "payment_intent_authentication_failure",
        declineCode: null,
      },
    });
    expect(intentOutcome(failed)).toEqual({
      kind: "failed",
      reason: "authentication_failed",
      providerRef: "pi_1",
    });
  });

  it("canceled is failed cancelled; processing is still pending", () => {
    expect(intentOutcome(intent({ status: "canceled" }))).toMatchObject({ reason: "cancelled" });
    expect(intentOutcome(intent({ status: "processing" }))).toEqual({
      kind: "pending",
      providerRef: "pi_1",
    });
  });
});

describe("a Checkout Session", () => {
  it("open after a decline is pending with the decline, so a customer who gives up is told why", () => {
    const declined = intent({
      lastFailure: {
        code: "insufficient_funds",
        stripeCode: "card_declined",
        declineCode: "insufficient_funds",
      },
    });
    expect(
      sessionOutcome(session({ paymentIntentId: "pi_1", paymentIntent: declined }), null),
    ).toEqual({
      kind: "pending",
      providerRef: "cs_1",
      actionUrl: "https://checkout.test/cs_1",
      lastDecline: "insufficient_funds",
    });
  });

  it("paid is captured with its PaymentIntent, even a moment before Stripe marks it complete", () => {
    const paid = intent({ status: "succeeded", amountReceivedMinor: 1_190 });
    expect(
      sessionOutcome(session({ paymentIntentId: "pi_1", paymentIntent: paid }), null),
    ).toMatchObject({ kind: "captured", transactionId: "pi_1", amountMinor: 1_190 });
  });

  it("expired is failed expired", () => {
    expect(sessionOutcome(session({ status: "expired", url: null }), null)).toEqual({
      kind: "failed",
      reason: "expired",
      providerRef: "cs_1",
    });
  });
});
