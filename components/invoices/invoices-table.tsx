import Link from "next/link";
import type { InvoiceSummary } from "@/lib/whmcs";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { InvoiceStatusBadge } from "./status-badge";
import { cell, DocumentTable, numericCell } from "./table";

export function InvoicesTable({
  t,
  locale,
  items,
}: {
  t: Translate;
  locale: string;
  items: InvoiceSummary[];
}) {
  const net = (i: InvoiceSummary) => formatMoney(i.subtotal, locale);
  return (
    <DocumentTable
      caption={t("invoices.tabInvoices")}
      head={[
        { label: t("invoices.colNumber") },
        { label: t("invoices.colIssued") },
        { label: t("invoices.colDue") },
        { label: t("invoices.colPaid") },
        { label: t("invoices.colStatus") },
        { label: t("invoices.colNet"), numeric: true },
        { label: t("invoices.colTax"), numeric: true },
        { label: t("invoices.colTotal"), numeric: true },
      ]}
    >
      {items.map((invoice) => (
        <tr key={invoice.id} className="border-t border-slate-100" data-invoice={invoice.id}>
          <th scope="row" className={`${cell} font-medium`}>
            <Link
              href={`/invoices/${invoice.id}`}
              className="text-brand underline-offset-2 hover:underline"
              aria-label={t("invoices.invoiceLink", { number: invoice.number })}
            >
              {invoice.number}
            </Link>
          </th>
          <td className={cell}>{formatDate(invoice.issuedOn, locale)}</td>
          <td className={cell}>{formatDate(invoice.dueOn, locale)}</td>
          <td className={cell}>
            {invoice.paidOn ? formatDate(invoice.paidOn, locale) : t("invoices.notPaid")}
          </td>
          <td className={cell}>
            <InvoiceStatusBadge t={t} invoice={invoice} />
          </td>
          <td className={numericCell}>{net(invoice)}</td>
          <td className={numericCell}>{formatMoney(invoice.tax, locale)}</td>
          <td className={`${numericCell} font-medium`}>{formatMoney(invoice.total, locale)}</td>
        </tr>
      ))}
    </DocumentTable>
  );
}
