import Link from "next/link";
import { historySearch, type HistoryFilters } from "@/lib/billing/history/query";
import type { Money } from "@/lib/billing/money";
import type { HistorySummary } from "@/lib/billing/history/summarize";
import type { Translate } from "@/lib/i18n/translate";

/** The range's charges per environment, each with a link to its own view. */
export function EnvironmentTable({
  summary,
  filters,
  formatMoney,
  t,
}: {
  summary: HistorySummary;
  filters: HistoryFilters;
  formatMoney: (value: Money) => string;
  t: Translate;
}) {
  if (summary.environments.length === 0)
    return <p className="text-sm text-slate-700">{t("billingHistory.envEmpty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="environment-table">
        <caption className="sr-only">{t("billingHistory.envHeading")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("billingHistory.colEnvironment")}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              {t("billingHistory.colBonus")}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              {t("billingHistory.colMain")}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              {t("billingHistory.colTotal")}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.environments.map((env) => {
            const name = env.displayName ?? env.envName;
            return (
              <tr key={env.envName} className="border-b border-slate-100">
                <th scope="row" className="py-1.5 pr-4 text-left font-normal">
                  {filters.env ? (
                    name
                  ) : (
                    <Link
                      href={`/billing/history?${historySearch(filters, { env: env.envName })}`}
                      className="text-brand underline"
                      aria-label={t("billingHistory.showOnly", { name })}
                    >
                      {name}
                    </Link>
                  )}{" "}
                  <span className="text-slate-600">({env.envName})</span>
                </th>
                <td className="px-2 py-1.5 text-right tabular-nums">
                  {formatMoney(env.figures.bonus)}
                </td>
                <td className="px-2 py-1.5 text-right tabular-nums">
                  {formatMoney(env.figures.main)}
                </td>
                <td className="px-2 py-1.5 text-right tabular-nums">
                  {formatMoney(env.figures.total)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
