import { FilterSelect } from "@/components/ui/filter-select";
import type { Translate } from "@/lib/i18n/translate";

export const INVOICE_FILTERS = ["unpaid", "overdue", "paid", "cancelled", "refunded"] as const;
export type InvoiceFilter = (typeof INVOICE_FILTERS)[number];

/** A GET form, so the filter lives in the URL like the page number. */
export function InvoiceStatusFilter({ t, status }: { t: Translate; status?: InvoiceFilter }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <FilterSelect
        id="invoice-status"
        name="status"
        label={t("invoices.statusFilter")}
        value={status}
        allLabel={t("invoices.allStatuses")}
        options={INVOICE_FILTERS.map((s) => ({ value: s, label: t(`invoices.status.${s}`) }))}
      />
      <button
        type="submit"
        className="rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100"
      >
        {t("invoices.filter")}
      </button>
    </form>
  );
}
