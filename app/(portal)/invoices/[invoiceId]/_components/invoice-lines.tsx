import { cell, numericCell } from "@/components/invoices/table";
import type { InvoiceDetail } from "@/lib/whmcs";
import { formatMoney } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";

/** Items, then net, each tax, applied credit and total, as on the printed invoice. */
export function InvoiceLines({
  t,
  locale,
  invoice,
}: {
  t: Translate;
  locale: string;
  invoice: InvoiceDetail;
}) {
  const money = (value: InvoiceDetail["total"]) => formatMoney(value, locale);
  const totals: [string, string, string?][] = [
    [t("invoices.detail.subtotal"), money(invoice.subtotal)],
  ];
  if (invoice.taxRate !== "0" || invoice.tax1.amountMinor !== 0)
    totals.push([t("invoices.detail.taxLine", { rate: invoice.taxRate }), money(invoice.tax1)]);
  if (invoice.tax2.amountMinor !== 0)
    totals.push([t("invoices.detail.tax2Line", { rate: invoice.taxRate2 }), money(invoice.tax2)]);
  if (invoice.credit.amountMinor !== 0)
    totals.push([
      t("invoices.detail.credit"),
      money({ ...invoice.credit, amountMinor: -invoice.credit.amountMinor }),
    ]);
  totals.push([t("invoices.detail.total"), money(invoice.total), "total"]);

  return (
    <section aria-labelledby="items-heading" className="space-y-2">
      <h2 id="items-heading" className="text-lg font-semibold">
        {t("invoices.detail.itemsHeading")}
      </h2>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className={cell}>
                {t("invoices.detail.colDescription")}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t("invoices.detail.colAmount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {invoice.lines.map((line) => (
              <tr key={line.id} className="border-t border-slate-100">
                <td className={cell}>
                  <span dir="auto">{line.description}</span>
                  {line.taxed && (
                    <span className="ml-2 text-xs text-slate-600">
                      ({t("invoices.detail.taxedMark")})
                    </span>
                  )}
                </td>
                <td className={numericCell}>{money(line.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {totals.map(([label, value, kind]) => (
              <tr
                key={label}
                className={`border-t border-slate-200 ${kind ? "font-semibold" : ""}`}
                data-testid={kind ? "invoice-total" : undefined}
              >
                <th
                  scope="row"
                  className={`${cell} text-right ${kind ? "font-semibold" : "font-medium"}`}
                >
                  {label}
                </th>
                <td className={numericCell}>{value}</td>
              </tr>
            ))}
          </tfoot>
        </table>
      </div>
    </section>
  );
}
