import { gatewayLabel } from "@/components/invoices/labels";
import { cell, numericCell } from "@/components/invoices/table";
import type { InvoiceDetail } from "@/lib/whmcs";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";

/** Payments and refunds booked against this invoice (refunds shown as negative amounts). */
export function InvoiceTransactions({
  t,
  locale,
  invoice,
}: {
  t: Translate;
  locale: string;
  invoice: InvoiceDetail;
}) {
  return (
    <section aria-labelledby="transactions-heading" className="space-y-2">
      <h2 id="transactions-heading" className="text-lg font-semibold">
        {t("invoices.detail.transactionsHeading")}
      </h2>
      {invoice.transactions.length === 0 ? (
        <p className="text-sm text-slate-700">{t("invoices.detail.noTransactions")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className={cell}>
                  {t("invoices.detail.colDate")}
                </th>
                <th scope="col" className={cell}>
                  {t("invoices.colKind")}
                </th>
                <th scope="col" className={cell}>
                  {t("invoices.detail.colMethod")}
                </th>
                <th scope="col" className={cell}>
                  {t("invoices.detail.colReference")}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t("invoices.detail.colAmount2")}
                </th>
              </tr>
            </thead>
            <tbody>
              {invoice.transactions.map((tx) => {
                const refund = tx.amountOut.amountMinor > 0;
                const amount = refund
                  ? { ...tx.amountOut, amountMinor: -tx.amountOut.amountMinor }
                  : tx.amountIn;
                return (
                  <tr key={tx.id} className="border-t border-slate-100">
                    <td className={cell}>{formatDateTime(tx.date, locale)}</td>
                    <td className={cell}>
                      {refund ? t("invoices.detail.refund") : t("invoices.detail.payment")}
                    </td>
                    <td className={cell}>{gatewayLabel(t, tx.gateway)}</td>
                    <td className={`${cell} font-mono text-xs`}>{tx.reference}</td>
                    <td className={numericCell}>{formatMoney(amount, locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
