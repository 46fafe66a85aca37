import { PaymentFlow } from "@/components/payments/payment-flow";
import { PreviousAttempt, previousOf } from "@/components/payments/previous-attempt";
import { Unavailable } from "@/components/ui/card";
import { getEnv } from "@/lib/config/env";
import { loadPaymentSetup } from "@/lib/data/payment-setup";
import { getPayment } from "@/lib/data/payments";
import type { SessionAccount } from "@/lib/data/session";
import { formatMessage } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/locales";
import type { Locale } from "@/lib/i18n/locales";
import type { InvoiceDetail } from "@/lib/whmcs";

/**
 * "Pay invoice" on an unpaid invoice of this account: the shared payment flow with the amount
 * fixed to the balance due (the server reads it again when the order is placed).
 */
export async function InvoicePayment({
  account,
  invoice,
  locale,
  paymentId,
}: {
  account: SessionAccount;
  invoice: InvoiceDetail;
  locale: Locale;
  paymentId: string | undefined;
}) {
  const m = messagesFor(locale).payments;
  const body = await (async () => {
    if (invoice.balance.currency !== getEnv().CURRENCY) {
      return <Unavailable message={m.invoice.otherCurrency} />;
    }
    const previous = previousOf(
      paymentId ? await getPayment(account, paymentId) : null,
      "invoice",
      invoice.id,
    );
    const setup = await loadPaymentSetup(account, {
      purpose: "invoice",
      invoice: {
        id: invoice.id,
        number: invoice.number,
        balanceMinor: invoice.balance.amountMinor,
      },
      previous: previous ? { amountMinor: previous.amountMinor, method: previous.method } : null,
    });
    const usable = setup.choices.some((choice) => choice.kind !== "contact");
    return (
      <>
        {previous && <PreviousAttempt view={previous} m={m} />}
        {usable ? (
          <PaymentFlow key={previous?.id ?? "new"} setup={setup} m={m} locale={locale} />
        ) : (
          <Unavailable
            message={formatMessage(locale, m.invoice.noMethods, { email: setup.supportEmail })}
          />
        )}
      </>
    );
  })();
  return (
    <section
      aria-labelledby="pay-invoice-heading"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div>
        <h2 id="pay-invoice-heading" className="text-xl font-semibold">
          {m.invoice.heading}
        </h2>
        <p className="text-slate-700">{m.invoice.intro}</p>
      </div>
      {body}
    </section>
  );
}
