import { csvText, toCsv } from "@/lib/csv/csv";
import type { Translate } from "@/lib/i18n/translate";
import { toDecimalString } from "../money";
import { historyColumns } from "./columns";
import { periodLabel } from "./labels";
import type { HistoryFilters } from "./query";
import type { HistoryEnvironment, HistorySummary } from "./summarize";

export type CsvInput = HistorySummary & {
  range: HistoryFilters;
  environment: HistoryEnvironment | null;
};

/**
 * The period table as CSV: the same rows, columns and rounded figures as the page, plus the period
 * start in ISO 8601 and the currency, with money as plain decimal strings ("12.50").
 */
export function historyCsv(view: CsvInput, t: Translate, locale: string): string {
  const columns = historyColumns(view);
  const environment = view.environment
    ? csvText(view.environment.displayName ?? view.environment.envName)
    : t("billingHistory.allEnvironments");
  const header = [
    t("billingHistory.colPeriod"),
    t("billingHistory.colPeriodStart"),
    t("billingHistory.colEnvironment"),
    ...columns.map((c) => t(c.header)),
    t("billingHistory.colCurrency"),
  ];
  const weekOf = (date: string) => t("billingHistory.weekOf", { date });
  const rows = view.periods.map(({ start, figures }) => [
    periodLabel(start, view.range.period, locale, weekOf),
    start,
    environment,
    ...columns.map((c) => toDecimalString(c.value(figures))),
    view.currency,
  ]);
  const totals = [
    t("billingHistory.totalRow"),
    "",
    environment,
    ...columns.map((c) => toDecimalString(c.value(view.totals))),
    view.currency,
  ];
  return toCsv([header, ...rows, totals]);
}

export function historyCsvFilename(range: HistoryFilters): string {
  return `billing-history_${range.from}_${range.to}_${range.period}${range.env ? `_${range.env}` : ""}.csv`;
}
