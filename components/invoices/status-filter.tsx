import type { Translate } from "@/lib/i18n/translate";

export const INVOICE_FILTERS = ["unpaid", "overdue", "paid", "cancelled", "refunded"] as const;
export type InvoiceFilter = (typeof INVOICE_FILTERS)[number];

/** A GET form, so the filter lives in the URL like the page number. */
export function InvoiceStatusFilter({ t, status }: { t: Translate; status?: InvoiceFilter }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="invoice-status" className="text-sm font-medium">
          {t("invoices.statusFilter")}
        </label>
        <select
          id="invoice-status"
          name="status"
          defaultValue={status ?? ""}
          className="rounded border border-slate-400 bg-white px-3 py-1.5"
        >
          <option value="">{t("invoices.allStatuses")}</option>
          {INVOICE_FILTERS.map((s) => (
            <option key={s} value={s}>
              {t(`invoices.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100"
      >
        {t("invoices.filter")}
      </button>
    </form>
  );
}
