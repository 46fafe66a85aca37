import Stripe from "stripe";
import { UpstreamError, type UpstreamErrorKind } from "@/lib/http";

/**
 * Why a card payment failed, in the portal's words (what the customer is told and what the saga
 * does next), whatever Stripe's `code`/`decline_code` was.
 */
export type CardFailureCode =
  | "declined"
  | "insufficient_funds"
  | "authentication_required"
  | "authentication_failed"
  | "expired_card"
  | "incorrect_card_details"
  | "processing_error";

/** Every Stripe failure: a card failure, or what went wrong with the call itself. */
export type StripeErrorCode =
  | CardFailureCode
  /** The API key was refused (operator problem). */
  | "auth"
  /** Our request was wrong (a bug, or an object that does not exist). */
  | "invalid_request"
  | "not_found"
  /** Same idempotency key, different parameters: a bug in how keys are derived. */
  | "idempotency_conflict"
  | "rate_limited"
  | "unavailable"
  | "timeout";

const CARD_FAILURES = new Set<string>([
  "declined",
  "insufficient_funds",
  "authentication_required",
  "authentication_failed",
  "expired_card",
  "incorrect_card_details",
  "processing_error",
]);

/** Stripe's `code` + `decline_code` → our code. Pure, also used for `last_payment_error` in webhooks. */
export function cardFailureCode(
  code: string | null | undefined,
  declineCode?: string | null,
): CardFailureCode {
  if (code === "authentication_required" || declineCode === "authentication_required") {
    return "authentication_required";
  }
  if (code === "payment_intent_authentication_failure") return "authentication_failed";
  if (declineCode === "insufficient_funds") return "insufficient_funds";
  if (code === "expired_card" || declineCode === "expired_card") return "expired_card";
  if (
    code === "incorrect_cvc" ||
    code === "invalid_cvc" ||
    code === "incorrect_number" ||
    code === "invalid_number" ||
    code === "invalid_expiry_month" ||
    code === "invalid_expiry_year" ||
    declineCode === "incorrect_cvc" ||
    declineCode === "incorrect_number"
  ) {
    return "incorrect_card_details";
  }
  if (code === "processing_error" || declineCode === "processing_error") return "processing_error";
  return "declined";
}

export class StripeFailure extends UpstreamError {
  declare readonly code: StripeErrorCode;
  /** Stripe's own `code` and `decline_code`, for logs (never shown to customers). */
  readonly stripeCode: string | undefined;
  readonly declineCode: string | undefined;
  /** The PaymentIntent a card failure belongs to (it stays `requires_payment_method`). */
  readonly paymentIntentId: string | undefined;
  readonly requestId: string | undefined;

  constructor(init: {
    action: string;
    kind: UpstreamErrorKind;
    code: StripeErrorCode;
    message: string;
    status?: number;
    stripeCode?: string;
    declineCode?: string;
    paymentIntentId?: string;
    requestId?: string;
    cause?: unknown;
  }) {
    super({ service: "stripe", ...init });
    this.stripeCode = init.stripeCode;
    this.declineCode = init.declineCode;
    this.paymentIntentId = init.paymentIntentId;
    this.requestId = init.requestId;
  }

  /** The bank said no (or wants the customer present): tell the customer, do not retry blindly. */
  get isCardFailure(): boolean {
    return CARD_FAILURES.has(this.code);
  }

  /** Transport trouble and Stripe's 5xx/429: retry later with the SAME idempotency key. */
  override get retryable(): boolean {
    return this.kind === "timeout" || this.kind === "unavailable";
  }
}

/** Any error thrown by the SDK → `StripeFailure` (other errors are returned unchanged). */
export function toStripeFailure(error: unknown, action: string): unknown {
  if (!(error instanceof Stripe.errors.StripeError)) return error;
  const base = {
    action,
    message: error.message,
    status: error.statusCode,
    stripeCode: error.code,
    declineCode: error.decline_code || undefined,
    paymentIntentId: error.payment_intent?.id,
    requestId: error.requestId,
    cause: error,
  };
  if (error instanceof Stripe.errors.StripeCardError) {
    return new StripeFailure({
      ...base,
      kind: "business",
      code: cardFailureCode(error.code, error.decline_code),
    });
  }
  if (error instanceof Stripe.errors.StripeIdempotencyError) {
    return new StripeFailure({ ...base, kind: "business", code: "idempotency_conflict" });
  }
  if (
    error instanceof Stripe.errors.StripeAuthenticationError ||
    error instanceof Stripe.errors.StripePermissionError
  ) {
    return new StripeFailure({ ...base, kind: "business", code: "auth" });
  }
  if (error instanceof Stripe.errors.StripeRateLimitError) {
    return new StripeFailure({ ...base, kind: "unavailable", code: "rate_limited" });
  }
  if (error instanceof Stripe.errors.StripeConnectionError) {
    const timedOut = /timeout/i.test(error.message);
    return new StripeFailure({
      ...base,
      kind: timedOut ? "timeout" : "unavailable",
      code: timedOut ? "timeout" : "unavailable",
    });
  }
  if (error instanceof Stripe.errors.StripeInvalidRequestError) {
    // A payment_intent in an invalid-request error is e.g. a failed 3-D Secure being re-confirmed.
    if (error.code === "payment_intent_authentication_failure") {
      return new StripeFailure({ ...base, kind: "business", code: "authentication_failed" });
    }
    const notFound = error.statusCode === 404 || error.code === "resource_missing";
    return new StripeFailure({
      ...base,
      kind: "business",
      code: notFound ? "not_found" : "invalid_request",
    });
  }
  // StripeAPIError (5xx) and anything unknown from Stripe's side.
  return new StripeFailure({ ...base, kind: "unavailable", code: "unavailable" });
}
