import {
  CHARGE_RESOURCES,
  type BillingHistoryRow,
  type ChargeResource,
} from "@/lib/jelastic/types-billing-history";
import { chargeToMoney } from "../charges";
import type { Money } from "../money";

/** Figures of one table row; charges are exact until here and rounded to the cent once. */
export type HistoryFigures = {
  resources: Record<ChargeResource, Money>;
  bonus: Money;
  main: Money;
  total: Money;
};

export type HistoryEnvironment = { envName: string; displayName: string | null };

export type HistorySummary = {
  currency: string;
  /** Resources the platform itemised in this range; the others are not shown. */
  resources: ChargeResource[];
  periods: { start: string; figures: HistoryFigures }[];
  totals: HistoryFigures;
  environments: (HistoryEnvironment & { figures: HistoryFigures })[];
};

type Sums = { resources: Record<ChargeResource, number>; bonus: number; total: number };

function emptySums(): Sums {
  const resources = Object.fromEntries(CHARGE_RESOURCES.map((r) => [r, 0])) as Record<
    ChargeResource,
    number
  >;
  return { resources, bonus: 0, total: 0 };
}

function add(sums: Sums, row: BillingHistoryRow): void {
  for (const resource of CHARGE_RESOURCES) sums.resources[resource] += row.resources[resource] ?? 0;
  sums.bonus += row.bonus;
  sums.total += row.total;
}

/** Rounds each figure once; main is total minus bonus as shown, so the two always add up. */
function toFigures(sums: Sums, currency: string): HistoryFigures {
  const resources = Object.fromEntries(
    CHARGE_RESOURCES.map((r) => [r, chargeToMoney(sums.resources[r], currency)]),
  ) as Record<ChargeResource, Money>;
  const bonus = chargeToMoney(sums.bonus, currency);
  const total = chargeToMoney(sums.total, currency);
  return { resources, bonus, main: minus(total, bonus), total };
}

function minus(a: Money, b: Money): Money {
  return { amountMinor: a.amountMinor - b.amountMinor, currency: a.currency };
}

/**
 * Sums the platform's rows (one per environment and period) into the table shown: one row per
 * period of `starts` (zero when nothing was charged), totals, and one row per environment. Rows
 * whose period is not among `starts` are ignored rather than trusted. Totals are the exact sums
 * rounded once, so a range costs the same by hour, day, week or month (the rounded rows may add up
 * to a cent more or less, which the page says).
 */
export function summarizeHistory(
  rows: readonly BillingHistoryRow[],
  starts: readonly string[],
  currency: string,
): HistorySummary {
  const byPeriod = new Map(starts.map((start) => [start, emptySums()]));
  const byEnv = new Map<string, { env: HistoryEnvironment; sums: Sums }>();
  const totals = emptySums();
  const itemised = new Set<ChargeResource>();
  for (const row of rows) {
    const period = byPeriod.get(row.periodStart);
    if (!period) continue;
    add(period, row);
    add(totals, row);
    let env = byEnv.get(row.envName);
    if (!env) {
      env = { env: { envName: row.envName, displayName: row.displayName }, sums: emptySums() };
      byEnv.set(row.envName, env);
    }
    add(env.sums, row);
    for (const resource of Object.keys(row.resources) as ChargeResource[]) itemised.add(resource);
  }
  const periods = starts.map((start) => ({
    start,
    figures: toFigures(byPeriod.get(start) ?? emptySums(), currency),
  }));
  return {
    currency,
    resources: CHARGE_RESOURCES.filter((r) => itemised.has(r)),
    periods,
    totals: toFigures(totals, currency),
    environments: [...byEnv.values()]
      .sort((a, b) => b.sums.total - a.sums.total || a.env.envName.localeCompare(b.env.envName))
      .map(({ env, sums }) => ({ ...env, figures: toFigures(sums, currency) })),
  };
}
