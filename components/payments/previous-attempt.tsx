import Link from "next/link";
import type { PaymentView } from "@/lib/data/payments";
import type { PaymentsMessages } from "@/lib/i18n/messages/payments.en";
import { failureMessage } from "@/lib/payments/ui/failure-reasons";
import { paymentReturnPath } from "@/lib/payments/ui/origin";

/**
 * `?payment=ID` on a payment page (after a cancel or a decline): why that attempt ended, in plain
 * words — or, if it is still running, a link to its status.
 */
export function PreviousAttempt({ view, m }: { view: PaymentView; m: PaymentsMessages }) {
  if (view.status === "failed" || view.status === "cancelled") {
    return (
      <section
        aria-labelledby="previous-attempt-heading"
        data-testid="previous-attempt"
        className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-950"
      >
        <h2 id="previous-attempt-heading" className="font-semibold">
          {m.refill.previousFailed}
        </h2>
        <p>{m.reasons[failureMessage(view.failureReason)]}</p>
      </section>
    );
  }
  if (view.status === "done") return null;
  return (
    <p className="rounded border border-slate-300 bg-slate-50 p-4">
      {m.refill.inProgress}{" "}
      <Link href={paymentReturnPath(view.id)} className="text-brand underline">
        {m.refill.viewPayment}
      </Link>
    </p>
  );
}

/** The attempt named by `?payment=`, if it is this account's and of the given purpose. */
export function previousOf(
  view: PaymentView | null,
  purpose: string,
  invoiceId?: number,
): PaymentView | null {
  if (!view || view.purpose !== purpose) return null;
  if (invoiceId !== undefined && view.invoiceId !== invoiceId) return null;
  return view;
}
