import type { PaymentFailureReason } from "@/lib/notifications/events";

/**
 * Why the last automatic refill did not go through, as the short code kept in AutoRefill.lastError
 * (the settings page translates it; never provider text). Codes from the providers (card_declined,
 * authentication_required …) pass through; anything unknown becomes "generic".
 */
export const AUTO_REFILL_REASONS = [
  // From a failed attempt: auto-refill stays paused until the customer acts.
  "authentication_required",
  "card_declined",
  "insufficient_funds",
  "expired_card",
  "generic",
  // About the settings, not a charge: checked again on every run, nothing to pause.
  "no_payment_method",
  "method_unavailable",
  "no_billing_account",
] as const;
export type AutoRefillReason = (typeof AUTO_REFILL_REASONS)[number];

const SETTINGS_REASONS: readonly AutoRefillReason[] = [
  "no_payment_method",
  "method_unavailable",
  "no_billing_account",
];

/** A provider's or the saga's failure code → the reason kept on the rule. */
export function reasonOfFailure(code: string | null): AutoRefillReason {
  switch (code) {
    case "authentication_required":
    case "authentication_failed":
    case "needs_authentication":
      return "authentication_required";
    case "card_declined":
    case "declined":
    case "do_not_honor":
    case "payment_method_declined":
      return "card_declined";
    case "insufficient_funds":
      return "insufficient_funds";
    case "expired_card":
      return "expired_card";
    default:
      return "generic";
  }
}

export function isAutoRefillReason(value: unknown): value is AutoRefillReason {
  return typeof value === "string" && (AUTO_REFILL_REASONS as readonly string[]).includes(value);
}

/**
 * A failed charge pauses auto-refill: charging the same card again every few minutes would only
 * repeat the decline (and annoy the bank). It resumes when the customer saves the settings again
 * or pays once by hand.
 */
export function pausesAutoRefill(lastError: string | null): boolean {
  if (lastError === null) return false;
  return !SETTINGS_REASONS.includes(lastError as AutoRefillReason);
}

/** The notification's reason (lib/notifications events) for a failed automatic refill. */
export function notificationReason(reason: AutoRefillReason): PaymentFailureReason {
  switch (reason) {
    case "authentication_required":
      return "authentication_failed";
    case "card_declined":
    case "expired_card":
      return "declined";
    case "insufficient_funds":
      return "insufficient_funds";
    default:
      return "provider_error";
  }
}
