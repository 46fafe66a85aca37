import Link from "next/link";
import type { Adjustment } from "@/lib/data/billing-documents";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { cell, DocumentTable, numericCell } from "./table";

const KIND = {
  credit_added: "invoices.kindCreditAdded",
  credit_applied: "invoices.kindCreditApplied",
  refund: "invoices.kindRefund",
} as const;

export function AdjustmentsTable({
  t,
  locale,
  items,
}: {
  t: Translate;
  locale: string;
  items: Adjustment[];
}) {
  return (
    <DocumentTable
      caption={t("invoices.tabAdjustments")}
      head={[
        { label: t("invoices.colDate") },
        { label: t("invoices.colKind") },
        { label: t("invoices.colInvoice") },
        { label: t("invoices.colAmount"), numeric: true },
      ]}
    >
      {items.map((a) => (
        <tr key={a.key} className="border-t border-slate-100">
          <th scope="row" className={`${cell} font-normal`}>
            {formatDate(a.date, locale)}
          </th>
          <td className={cell}>{t(KIND[a.kind])}</td>
          <td className={cell}>
            {a.invoiceId ? (
              <Link href={`/invoices/${a.invoiceId}`} className="text-brand underline">
                {t("invoices.invoiceLink", { number: a.invoiceId })}
              </Link>
            ) : (
              "—"
            )}
          </td>
          <td className={numericCell}>{formatMoney(a.amount, locale)}</td>
        </tr>
      ))}
    </DocumentTable>
  );
}
