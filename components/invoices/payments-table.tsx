import Link from "next/link";
import type { BillingTransaction } from "@/lib/whmcs";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { gatewayLabel } from "./labels";
import { cell, DocumentTable, numericCell } from "./table";

export function PaymentsTable({
  t,
  locale,
  items,
}: {
  t: Translate;
  locale: string;
  items: BillingTransaction[];
}) {
  return (
    <DocumentTable
      caption={t("invoices.tabPayments")}
      head={[
        { label: t("invoices.colDate") },
        { label: t("invoices.colMethod") },
        { label: t("invoices.colReference") },
        { label: t("invoices.colInvoice") },
        { label: t("invoices.colAmount"), numeric: true },
      ]}
    >
      {items.map((p) => (
        <tr key={p.id} className="border-t border-slate-100">
          <th scope="row" className={`${cell} font-normal`}>
            {formatDateTime(p.date, locale)}
          </th>
          <td className={cell}>{gatewayLabel(t, p.gateway)}</td>
          <td className={`${cell} font-mono text-xs`}>{p.reference}</td>
          <td className={cell}>
            {p.invoiceId ? (
              <Link href={`/invoices/${p.invoiceId}`} className="text-brand underline">
                {t("invoices.invoiceLink", { number: p.invoiceId })}
              </Link>
            ) : (
              "—"
            )}
          </td>
          <td className={numericCell}>{formatMoney(p.amountIn, locale)}</td>
        </tr>
      ))}
    </DocumentTable>
  );
}
