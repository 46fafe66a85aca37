import { formatMoney } from "@/lib/billing/money";
import { formatMessage } from "@/lib/i18n/format-message";
import type { PaymentsMessages } from "@/lib/i18n/messages/payments.en";

/**
 * Net, VAT and total exactly as WHMCS computed them on the invoice (never computed here), and the
 * invoice number. For an existing invoice only what is left to pay is shown.
 */
export function OrderSummary({
  m,
  locale,
  currency,
  invoiceNumber,
  amounts,
}: {
  m: PaymentsMessages;
  locale: string;
  currency: string;
  invoiceNumber: string | null;
  amounts: { netMinor: number; taxMinor: number; totalMinor: number } | { dueMinor: number };
}) {
  const money = (amountMinor: number) => formatMoney({ amountMinor, currency }, locale);
  const rows: [string, string, string][] =
    "dueMinor" in amounts
      ? [[m.flow.fixedAmount, money(amounts.dueMinor), "order-total"]]
      : [
          [m.flow.net, money(amounts.netMinor), "order-net"],
          [m.flow.vat, money(amounts.taxMinor), "order-vat"],
          [m.flow.total, money(amounts.totalMinor), "order-total"],
        ];
  return (
    <div className="space-y-2">
      {invoiceNumber !== null && (
        <p data-testid="order-invoice">
          {formatMessage(locale, m.flow.invoiceNumber, { number: invoiceNumber })}
        </p>
      )}
      <dl className="grid max-w-sm grid-cols-2 gap-y-1">
        {rows.map(([label, value, testId], i) => (
          <div
            key={testId}
            className={`col-span-2 grid grid-cols-2 ${
              i === rows.length - 1 ? "border-t border-slate-300 pt-1 font-semibold" : ""
            }`}
          >
            <dt>{label}</dt>
            <dd className="text-right tabular-nums" data-testid={testId}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
