import type { PaymentNotification } from "./deps";

/**
 * What the customer is told about a payment, as lib/notifications events. The provider's reason
 * codes (card_declined, paypal_declined, expired_card …) are grouped into the few reasons the
 * notification texts explain; the exact code stays on the payment and the return page.
 */
export function failureNotificationReason(
  code: string | null,
): Extract<PaymentNotification, { kind: "payment_failed" }>["reason"] {
  switch (code) {
    case "card_declined":
    case "paypal_declined":
    case "expired_card":
    case "incorrect_cvc":
      return "declined";
    case "insufficient_funds":
    case "insufficient_credit":
      return "insufficient_funds";
    case "authentication_failed":
    case "authentication_required":
      return "authentication_failed";
    case "expired":
    case "cancelled":
    case "cancelled_by_customer":
      return "cancelled";
    default:
      return "provider_error";
  }
}
