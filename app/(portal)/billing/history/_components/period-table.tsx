import type { HistoryColumn } from "@/lib/billing/history/columns";
import type { Money } from "@/lib/billing/money";
import type { HistorySummary } from "@/lib/billing/history/summarize";
import type { Translate } from "@/lib/i18n/translate";

/**
 * Every figure of the chart, one row per period. The CSV export has the same rows and columns
 * (lib/billing/history/columns.ts); the scroll box is focusable so keyboard users can scroll it.
 */
export function PeriodTable({
  summary,
  columns,
  labels,
  formatMoney,
  t,
}: {
  summary: HistorySummary;
  columns: HistoryColumn[];
  labels: string[];
  formatMoney: (value: Money) => string;
  t: Translate;
}) {
  return (
    <div
      className="overflow-x-auto"
      role="region"
      aria-labelledby="period-table-caption"
      tabIndex={0}
    >
      <table className="w-full text-sm" data-testid="history-table">
        <caption id="period-table-caption" className="mb-2 text-left text-base font-semibold">
          {t("billingHistory.tableHeading")}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("billingHistory.colPeriod")}
            </th>
            {columns.map((column) => (
              <th key={column.id} scope="col" className="px-2 py-2 text-right font-medium">
                {t(column.header)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.periods.map(({ start, figures }, index) => (
            <tr key={start} className="border-b border-slate-100">
              <th scope="row" className="py-1.5 pr-4 text-left font-normal whitespace-nowrap">
                <time dateTime={start}>{labels[index]}</time>
              </th>
              {columns.map((column) => (
                <td key={column.id} className="px-2 py-1.5 text-right tabular-nums">
                  {formatMoney(column.value(figures))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300 font-semibold">
            <th scope="row" className="py-2 pr-4 text-left">
              {t("billingHistory.totalRow")}
            </th>
            {columns.map((column) => (
              <td key={column.id} className="px-2 py-2 text-right tabular-nums">
                {formatMoney(column.value(summary.totals))}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
