import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RunwayText } from "@/components/billing/runway-text";
import { Card, Unavailable } from "@/components/ui/card";
import { historyColumns } from "@/lib/billing/history/columns";
import { dayLabel, periodLabel } from "@/lib/billing/history/labels";
import {
  MAX_RANGE_DAYS,
  historySearch,
  parseHistoryQuery,
  type HistoryQueryError,
} from "@/lib/billing/history/query";
import type { Money } from "@/lib/billing/money";
import { getBillingHistory, type BillingHistoryView } from "@/lib/data/billing-history";
import { getRunway } from "@/lib/data/runway";
import { requireAccount } from "@/lib/data/session";
import { formatMoney } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import { EnvironmentTable } from "./_components/environment-table";
import { FiltersForm } from "./_components/filters-form";
import { PeriodTable } from "./_components/period-table";
import { SpendChart } from "./_components/spend-chart";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("billingHistory.title") };
}

const ERROR_KEYS: Record<HistoryQueryError, MessageKey> = {
  invalidDate: "billingHistory.errorInvalidDate",
  rangeReversed: "billingHistory.errorRangeReversed",
  rangeTooLong: "billingHistory.errorRangeTooLong",
};

const CHART_TITLES: Record<BillingHistoryView["range"]["period"], MessageKey> = {
  hour: "billingHistory.chartTitleHour",
  day: "billingHistory.chartTitleDay",
  week: "billingHistory.chartTitleWeek",
  month: "billingHistory.chartTitleMonth",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BillingHistoryPage({ searchParams }: Props) {
  const [account, t, locale, params] = await Promise.all([
    requireAccount(),
    getTranslator(),
    getLocale(),
    searchParams,
  ]);
  const parsed = parseHistoryQuery(params, new Date());
  const [history, runway] = await Promise.all([
    parsed.ok ? getBillingHistory(account, parsed.range) : null,
    getRunway(account),
  ]);
  if (history && !history.ok && history.reason === "not_found") notFound();

  const filters = parsed.ok ? parsed.range : parsed.filters;
  const view = history?.ok ? history.data : null;
  const error = parsed.ok
    ? null
    : t(ERROR_KEYS[parsed.error], { days: MAX_RANGE_DAYS[parsed.filters.period] });

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("billingHistory.title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("billingHistory.intro")}</p>
      </div>
      <RunwayText result={runway} t={t} locale={locale} />
      <FiltersForm
        filters={filters}
        choices={view?.choices ?? []}
        errorId={error ? "history-error" : null}
        t={t}
      />
      {error && (
        <p id="history-error" role="alert" className="rounded bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      )}
      {history && !history.ok && (
        <Unavailable
          message={
            history.reason === "no_platform"
              ? t("billingHistory.noPlatform")
              : t("billingHistory.unavailable")
          }
        />
      )}
      {view && <HistoryResult view={view} t={t} locale={locale} />}
    </div>
  );
}

function HistoryResult({
  view,
  t,
  locale,
}: {
  view: BillingHistoryView;
  t: Translate;
  locale: string;
}) {
  const money = (value: Money) => formatMoney(value, locale);
  const weekOf = (date: string) => t("billingHistory.weekOf", { date });
  const labels = view.periods.map((p) => periodLabel(p.start, view.range.period, locale, weekOf));
  const columns = historyColumns(view);
  const highest = view.periods.reduce(
    (best, p, index) =>
      p.figures.total.amountMinor > (view.periods[best]?.figures.total.amountMinor ?? 0)
        ? index
        : best,
    0,
  );
  const nothing = view.totals.total.amountMinor === 0;
  const search = historySearch(view.range);
  const envName = view.environment
    ? (view.environment.displayName ?? view.environment.envName)
    : null;

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        {envName ? (
          <p className="text-sm" data-testid="env-filter-note">
            {t("billingHistory.showingOnly", { name: envName })}{" "}
            <Link
              href={`/billing/history?${historySearch(view.range, { env: null })}`}
              className="text-brand underline"
            >
              {t("billingHistory.showAll")}
            </Link>
          </p>
        ) : (
          <span />
        )}
        <a
          href={`/billing/history/export?${search}`}
          download
          className="rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
        >
          {t("billingHistory.downloadCsv")}
        </a>
      </div>
      <Card id="history-totals" title={t("billingHistory.totalsHeading")}>
        <dl className="grid max-w-md grid-cols-2 gap-y-1 text-sm">
          <dt className="text-slate-600">{t("billingHistory.total")}</dt>
          <dd className="text-right font-semibold" data-testid="history-total">
            {money(view.totals.total)}
          </dd>
          <dt className="text-slate-600">{t("billingHistory.fromBonus")}</dt>
          <dd className="text-right" data-testid="history-bonus">
            {money(view.totals.bonus)}
          </dd>
          <dt className="text-slate-600">{t("billingHistory.fromMain")}</dt>
          <dd className="text-right" data-testid="history-main">
            {money(view.totals.main)}
          </dd>
        </dl>
      </Card>
      <Card id="history-chart" title={t("billingHistory.chartHeading")}>
        {nothing ? (
          <p className="text-sm text-slate-700">{t("billingHistory.chartEmpty")}</p>
        ) : (
          <SpendChart
            summary={view}
            text={{
              title: t(CHART_TITLES[view.range.period]),
              description: t("billingHistory.chartDescription", {
                from: dayLabel(view.range.from, locale),
                to: dayLabel(view.range.to, locale),
                total: money(view.totals.total),
                max: money(view.periods[highest]?.figures.total ?? view.totals.total),
                when: labels[highest] ?? "",
              }),
              bonus: t("billingHistory.legendBonus"),
              main: t("billingHistory.legendMain"),
              labels,
              formatMoney: money,
            }}
          />
        )}
      </Card>
      <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <PeriodTable summary={view} columns={columns} labels={labels} formatMoney={money} t={t} />
        <p className="mt-3 text-xs text-slate-600">{t("billingHistory.roundingNote")}</p>
      </section>
      <Card id="history-environments" title={t("billingHistory.envHeading")}>
        <EnvironmentTable summary={view} filters={view.range} formatMoney={money} t={t} />
      </Card>
    </>
  );
}
