import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { cardFailureCode, StripeFailure, toStripeFailure } from "./errors";

const generate = (raw: Record<string, unknown>) => Stripe.errors.StripeError.generate(raw as never);

describe("cardFailureCode", () => {
  it.each([
    ["card_declined", "insufficient_funds", "insufficient_funds"],
    ["card_declined", "generic_decline", "declined"],
    ["card_declined", "lost_card", "declined"],
    ["authentication_required", "authentication_required", "authentication_required"],
    ["card_declined", "authentication_required", "authentication_required"],
    ["payment_intent_authentication_failure", null, "authentication_failed"],
    ["expired_card", null, "expired_card"],
    ["incorrect_cvc", null, "incorrect_card_details"],
    ["incorrect_number", null, "incorrect_card_details"],
    ["processing_error", null, "processing_error"],
    [null, null, "declined"],
  ])("%s / %s → %s", (code, decline, expected) => {
    expect(cardFailureCode(code, decline)).toBe(expected);
  });
});

describe("toStripeFailure", () => {
  it("turns a 402 card error into a card failure carrying the PaymentIntent", () => {
    const error = toStripeFailure(
      generate({
        statusCode: 402,
        type: "card_error",
        code: "authentication_required",
        decline_code: "authentication_required",
        message: "Your card was declined. This transaction requires authentication.",
        payment_intent: { id: "pi_1", object: "payment_intent" },
      }),
      "payment_intents.create",
    );
    expect(error).toBeInstanceOf(StripeFailure);
    const failure = error as StripeFailure;
    expect([failure.code, failure.kind, failure.isCardFailure, failure.retryable]).toEqual([
      "authentication_required",
      "business",
      true,
      false,
    ]);
    expect(failure.paymentIntentId).toBe("pi_1");
    expect(failure.service).toBe("stripe");
  });

  it("classifies call failures by what the caller should do", () => {
    const of = (raw: Record<string, unknown>) =>
      toStripeFailure(generate(raw), "x") as StripeFailure;
    expect(of({ statusCode: 400, type: "idempotency_error", message: "m" }).code).toBe(
      "idempotency_conflict",
    );
    expect(of({ statusCode: 401, type: "invalid_request_error", message: "m" }).code).toBe("auth");
    expect(
      of({ statusCode: 404, type: "invalid_request_error", code: "resource_missing", message: "m" })
        .code,
    ).toBe("not_found");
    expect(of({ statusCode: 400, type: "invalid_request_error", message: "m" }).code).toBe(
      "invalid_request",
    );
    const rate = of({ statusCode: 429, type: "invalid_request_error", message: "m" });
    expect([rate.code, rate.retryable]).toEqual(["rate_limited", true]);
    const server = of({ statusCode: 500, type: "api_error", message: "m" });
    expect([server.code, server.retryable, server.isCardFailure]).toEqual([
      "unavailable",
      true,
      false,
    ]);
  });

  it("tells a timeout from a refused connection", () => {
    const timeout = toStripeFailure(
      new Stripe.errors.StripeConnectionError({
        message: "Request aborted due to timeout being reached (30000ms)",
      }),
      "x",
    ) as StripeFailure;
    const refused = toStripeFailure(
      new Stripe.errors.StripeConnectionError({ message: "connect ECONNREFUSED" }),
      "x",
    ) as StripeFailure;
    expect([timeout.code, timeout.kind, refused.code]).toEqual([
      "timeout",
      "timeout",
      "unavailable",
    ]);
  });

  it("leaves errors that are not Stripe's alone", () => {
    const other = new TypeError("bug");
    expect(toStripeFailure(other, "x")).toBe(other);
  });
});
