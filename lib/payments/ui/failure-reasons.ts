/**
 * The short reason codes an attempt can end with (PaymentView.failureReason) → the message the
 * customer reads (payments.reasons.* in lib/i18n/messages/payments.*.ts). Providers and the saga
 * use a few spellings for the same thing (Stripe "declined", ours "card_declined"); they are folded
 * here so a new provider spelling never shows raw text — unknown codes read as "generic".
 */
export const FAILURE_MESSAGES = [
  "card_declined",
  "insufficient_funds",
  "authentication_failed",
  "authentication_required",
  "expired_card",
  "incorrect_cvc",
  "incorrect_card_details",
  "processing_error",
  "paypal_declined",
  "cancelled_by_customer",
  "expired",
  "insufficient_credit",
  "invoice_not_payable",
  "generic",
] as const;
export type FailureMessage = (typeof FAILURE_MESSAGES)[number];

const ALIASES: Record<string, FailureMessage> = {
  declined: "card_declined",
  do_not_honor: "card_declined",
  generic_decline: "card_declined",
  instrument_declined: "paypal_declined",
  payer_action_required: "authentication_required",
  abandoned: "expired",
  session_expired: "expired",
  no_credit_account: "insufficient_credit",
  invoice_cancelled: "invoice_not_payable",
  invoice_paid: "invoice_not_payable",
  invoice_amount_mismatch: "invoice_not_payable",
  invoice_of_another_client: "generic",
};

export function failureMessage(reason: string | null | undefined): FailureMessage {
  if (!reason) return "generic";
  const code = reason.toLowerCase();
  if ((FAILURE_MESSAGES as readonly string[]).includes(code)) return code as FailureMessage;
  return ALIASES[code] ?? "generic";
}
