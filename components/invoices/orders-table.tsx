import Link from "next/link";
import type { BillingOrder } from "@/lib/whmcs";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { cell, DocumentTable, numericCell } from "./table";

export function OrdersTable({
  t,
  locale,
  items,
}: {
  t: Translate;
  locale: string;
  items: BillingOrder[];
}) {
  return (
    <DocumentTable
      caption={t("invoices.tabOrders")}
      head={[
        { label: t("invoices.colOrder") },
        { label: t("invoices.colDate") },
        { label: t("invoices.colProducts") },
        { label: t("invoices.colStatus") },
        { label: t("invoices.colInvoice") },
        { label: t("invoices.colTotal"), numeric: true },
      ]}
    >
      {items.map((order) => (
        <tr key={order.id} className="border-t border-slate-100">
          <th scope="row" className={`${cell} font-medium`}>
            {order.number}
          </th>
          <td className={cell}>{formatDate(order.placedOn, locale)}</td>
          <td className={cell}>
            {order.products
              .map((p) => [p.name, p.billingCycle].filter(Boolean).join(" · "))
              .join(", ")}
          </td>
          <td className={cell}>{t(`invoices.orderStatus.${order.status}`)}</td>
          <td className={cell}>
            {order.invoiceId ? (
              <Link href={`/invoices/${order.invoiceId}`} className="text-brand underline">
                {t("invoices.invoiceLink", { number: order.invoiceId })}
              </Link>
            ) : (
              "—"
            )}
          </td>
          <td className={numericCell}>{formatMoney(order.total, locale)}</td>
        </tr>
      ))}
    </DocumentTable>
  );
}
