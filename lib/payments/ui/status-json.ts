import type { Money } from "@/lib/billing/money";
import type { PaymentStatusView } from "../states";
import { failureMessage, type FailureMessage } from "./failure-reasons";

/**
 * What the return page and its polling route may show of an attempt: state, WHMCS amounts, a
 * folded failure code and — only while the customer must act — the provider page to continue at.
 * No provider references, idempotency keys or upstream error text.
 */
export type PaymentStatusJson = {
  id: string;
  purpose: string;
  status: PaymentStatusView;
  amountMinor: number;
  taxMinor: number | null;
  totalMinor: number | null;
  currency: string;
  invoiceId: number | null;
  failure: FailureMessage | null;
  actionUrl: string | null;
  /** The platform balance read after the attempt was done (refill, upgrade); else null. */
  balance: Money | null;
};

export function paymentStatusJson(
  view: {
    id: string;
    purpose: string;
    status: PaymentStatusView;
    amountMinor: number;
    taxMinor: number | null;
    totalMinor: number | null;
    currency: string;
    invoiceId: number | null;
    failureReason: string | null;
    actionUrl: string | null;
  },
  balance: Money | null,
): PaymentStatusJson {
  const ended = view.status === "failed" || view.status === "cancelled";
  return {
    id: view.id,
    purpose: view.purpose,
    status: view.status,
    amountMinor: view.amountMinor,
    taxMinor: view.taxMinor,
    totalMinor: view.totalMinor,
    currency: view.currency,
    invoiceId: view.invoiceId,
    failure: ended ? failureMessage(view.failureReason) : null,
    actionUrl: view.status === "needs_action" ? view.actionUrl : null,
    balance: view.status === "done" ? balance : null,
  };
}

export function isFinalStatus(status: PaymentStatusView): boolean {
  return status === "done" || status === "failed" || status === "cancelled";
}
