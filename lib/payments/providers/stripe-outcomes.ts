import type { CardFailureCode, CheckoutSessionInfo, PaymentIntentInfo } from "@/lib/stripe";
import type { ProviderOutcome } from "../provider";
import type { SavedMethodReport } from "../saved-methods";

/**
 * Stripe's objects → the saga's outcomes. Pure functions: the provider (stripe.ts) fetches, these
 * decide. Only definite card outcomes become `failed`; anything in between stays pending.
 */

/**
 * Why a card payment did not go through, as the customer is told (PaymentView.failureReason and
 * ProviderOutcome.lastDecline are translated by the UI from these snake_case codes).
 */
export type StripeDeclineReason =
  | "card_declined"
  | "insufficient_funds"
  | "authentication_required"
  | "authentication_failed"
  | "expired_card"
  | "incorrect_cvc"
  | "processing_error";

type Failure = {
  code: CardFailureCode;
  stripeCode?: string | null;
  declineCode?: string | null;
};

const CVC_CODES = new Set(["incorrect_cvc", "invalid_cvc"]);

/** lib/stripe's card failure (a `StripeFailure` or a PaymentIntent's last error) → our reason. */
export function declineReason(failure: Failure): StripeDeclineReason {
  switch (failure.code) {
    case "declined":
      return "card_declined";
    case "incorrect_card_details":
      // Only a wrong CVC has its own message; a wrong number or expiry date reads as a decline.
      return CVC_CODES.has(failure.stripeCode ?? "") || CVC_CODES.has(failure.declineCode ?? "")
        ? "incorrect_cvc"
        : "card_declined";
    default:
      return failure.code;
  }
}

/** A PaymentIntent the portal created (saved card) or the one behind a Checkout Session. */
export function intentOutcome(pi: PaymentIntentInfo): ProviderOutcome {
  switch (pi.status) {
    case "succeeded":
      return {
        kind: "captured",
        transactionId: pi.id,
        amountMinor: pi.amountReceivedMinor,
        providerRef: pi.id,
      };
    case "requires_action":
      return {
        kind: "needs_authentication",
        providerRef: pi.id,
        ...(pi.authenticationUrl ? { actionUrl: pi.authenticationUrl } : {}),
      };
    case "requires_payment_method":
      // Our PaymentIntents are confirmed when created, so this state means the last try failed
      // (declined, or 3-D Secure failed); nobody is on a page that could try another card.
      return {
        kind: "failed",
        reason: pi.lastFailure ? declineReason(pi.lastFailure) : "card_declined",
        providerRef: pi.id,
      };
    case "canceled":
      return { kind: "failed", reason: "cancelled", providerRef: pi.id };
    default:
      // processing, requires_confirmation, requires_capture: the money is not there yet.
      return { kind: "pending", providerRef: pi.id };
  }
}

/** Paid: Stripe marks the session paid a moment after its PaymentIntent succeeded. */
export function isSessionPaid(session: CheckoutSessionInfo): boolean {
  return session.paid || session.paymentIntent?.status === "succeeded";
}

/**
 * A Checkout Session: paid → captured (the PaymentIntent is WHMCS' `transid`); expired → failed;
 * open → pending, carrying the bank's last refusal so a customer who gives up is told why.
 */
export function sessionOutcome(
  session: CheckoutSessionInfo,
  savedMethod: SavedMethodReport | null,
): ProviderOutcome {
  const pi = session.paymentIntent;
  if (isSessionPaid(session)) {
    if (!session.paymentIntentId) {
      throw new Error(`Checkout session ${session.id} is paid without a PaymentIntent`);
    }
    return {
      kind: "captured",
      transactionId: session.paymentIntentId,
      amountMinor: pi?.amountReceivedMinor ?? session.amountTotalMinor ?? 0,
      providerRef: session.id,
      ...(savedMethod ? { savedMethod } : {}),
    };
  }
  if (session.status === "expired") {
    return { kind: "failed", reason: "expired", providerRef: session.id };
  }
  return {
    kind: "pending",
    providerRef: session.id,
    ...(session.url ? { actionUrl: session.url } : {}),
    ...(pi?.lastFailure ? { lastDecline: declineReason(pi.lastFailure) } : {}),
  };
}
