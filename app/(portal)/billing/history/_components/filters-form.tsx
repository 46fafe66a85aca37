import { HISTORY_PERIODS, type HistoryFilters } from "@/lib/billing/history/query";
import type { HistoryEnvironment } from "@/lib/billing/history/summarize";
import type { MessageKey, Translate } from "@/lib/i18n/translate";

export const PERIOD_KEYS: Record<HistoryFilters["period"], MessageKey> = {
  hour: "billingHistory.periodHour",
  day: "billingHistory.periodDay",
  week: "billingHistory.periodWeek",
  month: "billingHistory.periodMonth",
};

const field = "rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";

/**
 * A plain GET form: native date inputs (keyboard and screen-reader friendly in every browser, no
 * script), so every view has a URL that can be bookmarked and the CSV link repeats it.
 */
export function FiltersForm({
  filters,
  choices,
  errorId,
  t,
}: {
  filters: HistoryFilters;
  choices: HistoryEnvironment[];
  errorId: string | null;
  t: Translate;
}) {
  const invalid = errorId ? { "aria-invalid": true, "aria-describedby": errorId } : {};
  const options =
    filters.env && !choices.some((c) => c.envName === filters.env)
      ? [...choices, { envName: filters.env, displayName: null }]
      : choices;
  return (
    <form
      method="get"
      action="/billing/history"
      aria-label={t("billingHistory.filtersLabel")}
      className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="history-from" className="text-sm font-medium">
          {t("billingHistory.from")}
        </label>
        <input
          id="history-from"
          name="from"
          type="date"
          required
          defaultValue={filters.from}
          className={field}
          {...invalid}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="history-to" className="text-sm font-medium">
          {t("billingHistory.to")}
        </label>
        <input
          id="history-to"
          name="to"
          type="date"
          required
          defaultValue={filters.to}
          className={field}
          {...invalid}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="history-period" className="text-sm font-medium">
          {t("billingHistory.period")}
        </label>
        <select id="history-period" name="period" defaultValue={filters.period} className={field}>
          {HISTORY_PERIODS.map((period) => (
            <option key={period} value={period}>
              {t(PERIOD_KEYS[period])}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="history-env" className="text-sm font-medium">
          {t("billingHistory.environment")}
        </label>
        <select id="history-env" name="env" defaultValue={filters.env ?? ""} className={field}>
          <option value="">{t("billingHistory.allEnvironments")}</option>
          {options.map((env) => (
            <option key={env.envName} value={env.envName}>
              {env.displayName ?? env.envName}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="bg-brand rounded px-4 py-2 text-sm font-medium text-white">
        {t("billingHistory.show")}
      </button>
    </form>
  );
}
