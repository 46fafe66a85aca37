/**
 * Where a customer goes back to after a payment failed or was cancelled: the page the attempt was
 * started from, with `?payment=ID` so that page can say why and keep the amount.
 */
export type PaymentOrigin = { id: string; purpose: string; invoiceId: number | null };

export function paymentOriginPath(payment: PaymentOrigin): string {
  const query = `?payment=${encodeURIComponent(payment.id)}`;
  switch (payment.purpose) {
    case "upgrade":
      return `/billing/upgrade${query}`;
    case "invoice":
      return payment.invoiceId === null ? "/invoices" : `/invoices/${payment.invoiceId}${query}`;
    case "auto-refill":
      return "/billing/auto-refill";
    default:
      return `/billing/refill${query}`;
  }
}

/** The return page of an attempt (the saga's returnUrl points here too). */
export function paymentReturnPath(paymentId: string): string {
  return `/billing/payments/${encodeURIComponent(paymentId)}`;
}
