import "server-only";
import { periodStarts } from "@/lib/billing/history/periods";
import type { HistoryRange } from "@/lib/billing/history/query";
import {
  summarizeHistory,
  type HistoryEnvironment,
  type HistorySummary,
} from "@/lib/billing/history/summarize";
import { getEnv } from "@/lib/config/env";
import type { BillingHistoryRow } from "@/lib/jelastic";
import { cachedEnvironmentList } from "./environment-list-cache";
import { withPlatformSession } from "./platform-session";
import type { SessionAccount } from "./session";
import { upstreams } from "./upstreams";
import { loadWidget, type Widget } from "./widget";

export type BillingHistoryView = HistorySummary & {
  range: HistoryRange;
  /** The environment shown alone, or null for all of them. */
  environment: HistoryEnvironment | null;
  /** Environments with charges in the range (the choices of the environment filter). */
  choices: HistoryEnvironment[];
};

export type BillingHistoryResult = Widget<BillingHistoryView> | { ok: false; reason: "not_found" };

const NOT_FOUND = Symbol("not found");

/**
 * The signed-in account's charges for a range, per period, as the page and the CSV export show them.
 * The platform is asked with the user's own session and aggregates upstream (one row per period and
 * environment), so the work here is bounded by the range, not by the account's age. An environment
 * filter must name one of this account's environments (charged in the range, or existing now);
 * anything else is a 404, like another account's object everywhere else.
 */
export async function getBillingHistory(
  account: SessionAccount,
  range: HistoryRange,
): Promise<BillingHistoryResult> {
  const currency = getEnv().CURRENCY;
  const result = await loadWidget("billing-history", () =>
    withPlatformSession(account, async (session) => {
      const { jelastic } = upstreams();
      const rows = await jelastic.getBillingHistory(session, {
        start: range.start,
        end: range.end,
        period: range.platformPeriod,
      });
      const choices = environmentsOf(rows);
      let environment: HistoryEnvironment | null = null;
      if (range.env) {
        environment = choices.find((env) => env.envName === range.env) ?? null;
        if (!environment) {
          const envs = await cachedEnvironmentList(account.id, () => jelastic.getEnvs(session));
          const current = envs.find((env) => env.name === range.env);
          if (!current) return NOT_FOUND;
          environment = { envName: current.name, displayName: current.displayName };
        }
      }
      const shown = range.env ? rows.filter((row) => row.envName === range.env) : rows;
      const summary = summarizeHistory(
        shown,
        periodStarts(range.start, range.end, range.period),
        currency,
      );
      return { ...summary, range, environment, choices };
    }),
  );
  if (result.ok && result.data === NOT_FOUND) return { ok: false, reason: "not_found" };
  return result as Widget<BillingHistoryView>;
}

function environmentsOf(rows: readonly BillingHistoryRow[]): HistoryEnvironment[] {
  const byName = new Map<string, HistoryEnvironment>();
  for (const row of rows)
    if (!byName.has(row.envName))
      byName.set(row.envName, { envName: row.envName, displayName: row.displayName });
  return [...byName.values()].sort((a, b) =>
    (a.displayName ?? a.envName).localeCompare(b.displayName ?? b.envName),
  );
}
