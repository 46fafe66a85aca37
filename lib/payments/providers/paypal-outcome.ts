import { createHash } from "node:crypto";
import type { PayPalOrder } from "@/lib/paypal";
import type { ProviderAttempt, ProviderOutcome } from "../provider";

/**
 * What a PayPal order means for the saga, and the request ids the provider sends. Pure functions,
 * kept apart from the calls so the mapping can be read (and tested) on its own.
 */

/** The WHMCS gateway module of PayPal payments (WHMCS' "PayPal Checkout"). */
export const PAYPAL_WHMCS_GATEWAY = "paypalcheckout";

/** Failure codes the payment pages translate (PaymentView.failureReason). */
export const PAYPAL_REASONS = {
  /** PayPal (or the bank behind the PayPal account / guest card) refused the money. */
  declined: "paypal_declined",
  /** The order was voided or expired at PayPal: nothing can be captured any more. */
  cancelled: "cancelled",
  /** Auto-refill without a saved PayPal account, or the account was removed at PayPal. */
  noSavedAccount: "paypal_not_saved",
  /** The amount cannot be expressed in PayPal's digits for this currency. */
  currency: "currency_not_supported",
} as const;

// PayPal accepts a PayPal-Request-Id of at most 108 characters.
const MAX_REQUEST_ID = 108;

/**
 * PayPal-Request-Id for one call of one attempt: the attempt's idempotency key (persisted, reused on
 * every retry) plus what the call does. Too long a key is hashed, deterministically.
 */
export function paypalRequestId(idempotencyKey: string, call: "create" | "capture"): string {
  const suffix = call === "create" ? "" : `:${call}`;
  const plain = `${idempotencyKey}${suffix}`;
  if (plain.length <= MAX_REQUEST_ID) return plain;
  return `${createHash("sha256").update(idempotencyKey).digest("hex")}${suffix}`;
}

/**
 * The saga's view of an order as PayPal reports it; null for an APPROVED order, which still has to
 * be captured (the caller does that).
 */
export function outcomeOfOrder(
  order: PayPalOrder,
  attempt: ProviderAttempt,
): ProviderOutcome | null {
  switch (order.status) {
    case "approved":
      return null;
    case "voided":
      return { kind: "failed", reason: PAYPAL_REASONS.cancelled, providerRef: order.id };
    case "completed":
      return outcomeOfCapture(order, attempt);
    case "created":
    case "saved":
    case "payer_action_required":
      return { kind: "pending", providerRef: order.id };
  }
}

function outcomeOfCapture(order: PayPalOrder, attempt: ProviderAttempt): ProviderOutcome {
  const capture = order.capture;
  if (!capture) {
    // COMPLETED without a capture is not something PayPal answers; read again later.
    return { kind: "pending", providerRef: order.id };
  }
  switch (capture.status) {
    case "declined":
    case "failed":
      return { kind: "failed", reason: PAYPAL_REASONS.declined, providerRef: order.id };
    case "pending":
      // PayPal holds the money (e.g. an eCheck or a review): PAYMENT.CAPTURE.COMPLETED follows.
      return { kind: "pending", providerRef: order.id };
    case "completed":
    case "refunded":
    case "partially_refunded":
      // Captured (a later refund is an operator matter; the money did arrive once).
      return {
        kind: "captured",
        transactionId: capture.id,
        amountMinor: capture.amount.amountMinor,
        providerRef: order.id,
        ...savedAccountOf(order, attempt),
      };
  }
}

/**
 * The PayPal account PayPal kept for this customer, reported only when they opted in, paid with a
 * PayPal account (a guest card is never saved) and PayPal says the token is VAULTED.
 */
function savedAccountOf(
  order: PayPalOrder,
  attempt: ProviderAttempt,
): Pick<Extract<ProviderOutcome, { kind: "captured" }>, "savedMethod"> {
  const vault = order.vault;
  if (!attempt.saveMethod || attempt.savedTokenId || order.fundingSource !== "paypal") return {};
  if (!vault || vault.status.toUpperCase() !== "VAULTED") return {};
  return {
    savedMethod: {
      providerTokenId: vault.vaultId,
      kind: "paypal",
      display: { email: order.payerEmail ?? "" },
      customerId: vault.customerId,
    },
  };
}
