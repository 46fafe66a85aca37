import { HISTORY_PERIODS, type HistoryFilters } from "@/lib/billing/history/query";
import type { HistoryEnvironment } from "@/lib/billing/history/summarize";
import { FilterSelect } from "@/components/ui/filter-select";
import type { MessageKey, Translate } from "@/lib/i18n/translate";

export const PERIOD_KEYS: Record<HistoryFilters["period"], MessageKey> = {
  hour: "billingHistory.periodHour",
  day: "billingHistory.periodDay",
  week: "billingHistory.periodWeek",
  month: "billingHistory.periodMonth",
};

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
  const invalid = errorId ? { "aria-invalid": true, "aria-describedby": errorId } : null;
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
      <DateField
        id="history-from"
        name="from"
        label={t("billingHistory.from")}
        value={filters.from}
        invalid={invalid}
      />
      <DateField
        id="history-to"
        name="to"
        label={t("billingHistory.to")}
        value={filters.to}
        invalid={invalid}
      />
      <FilterSelect
        id="history-period"
        name="period"
        label={t("billingHistory.period")}
        value={filters.period}
        options={HISTORY_PERIODS.map((period) => ({
          value: period,
          label: t(PERIOD_KEYS[period]),
        }))}
      />
      <FilterSelect
        id="history-env"
        name="env"
        label={t("billingHistory.environment")}
        value={filters.env ?? undefined}
        allLabel={t("billingHistory.allEnvironments")}
        options={options.map((env) => ({
          value: env.envName,
          label: env.displayName ?? env.envName,
        }))}
      />
      <button type="submit" className="bg-brand rounded px-4 py-2 text-sm font-medium text-white">
        {t("billingHistory.show")}
      </button>
    </form>
  );
}

function DateField({
  id,
  name,
  label,
  value,
  invalid,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  invalid: { "aria-invalid": boolean; "aria-describedby": string } | null;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="date"
        required
        defaultValue={value}
        className="rounded border border-slate-400 bg-white px-2 py-1.5 text-sm"
        {...(invalid ?? {})}
      />
    </div>
  );
}
