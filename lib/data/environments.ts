import "server-only";
import { JelasticNotFoundError, type EnvironmentStatus } from "@/lib/jelastic";
import { summarizeEnvironment, type EnvironmentSummary } from "@/lib/environments/layers";
import { pageOf, type ListPage, type ListQuery } from "@/lib/environments/listing";
import { monthlyCostOf } from "@/lib/environments/cost";
import type { PricingModel } from "@/lib/billing/estimate";
import type { Money } from "@/lib/billing/money";
import { getEnv } from "@/lib/config/env";
import { UpstreamError } from "@/lib/http";
import { cachedCatalog } from "./catalog-cache";
import { cachedEnvironmentList } from "./environment-list-cache";
import { withPlatformSession } from "./platform-session";
import type { SessionAccount } from "./session";
import { upstreams } from "./upstreams";

/**
 * The signed-in account's environments. The platform lists them all in one call (it has no paging),
 * so filtering and paging happen here and the browser only ever receives one page.
 */
export async function listEnvironments(
  account: SessionAccount,
  query: ListQuery,
): Promise<ListPage<ListedEnvironment> & { statusCounts: [EnvironmentStatus, number][] }> {
  const [envs, pricing] = await Promise.all([
    cachedEnvironmentList(account.id, () =>
      withPlatformSession(account, (session) => upstreams().jelastic.getEnvs(session)),
    ),
    pricingOrNull(),
  ]);
  const counts = new Map<EnvironmentStatus, number>();
  for (const env of envs) counts.set(env.status, (counts.get(env.status) ?? 0) + 1);
  const page = pageOf(envs, query);
  const currency = getEnv().CURRENCY;
  return {
    ...page,
    items: page.items.map((env) => {
      const summary = summarizeEnvironment(env);
      return {
        ...summary,
        monthlyCost: pricing ? monthlyCostOf(summary, pricing, currency) : null,
      };
    }),
    statusCounts: [...counts.entries()].sort((a, b) => b[1] - a[1]),
  };
}

export type ListedEnvironment = EnvironmentSummary & {
  monthlyCost: { min: Money; max: Money } | null;
};

/** The estimate column is a nicety: without a pricing model the list still shows. */
async function pricingOrNull(): Promise<PricingModel | null> {
  try {
    return await cachedCatalog("pricing", () => upstreams().jelastic.getPricingModel());
  } catch (error) {
    if (error instanceof UpstreamError) return null;
    throw error;
  }
}

/** One environment of this account, or null when it does not exist or belongs to someone else. */
export async function getEnvironment(
  account: SessionAccount,
  envName: string,
): Promise<EnvironmentSummary | null> {
  try {
    const env = await withPlatformSession(account, (session) =>
      upstreams().jelastic.getEnvInfo(session, envName),
    );
    return summarizeEnvironment(env);
  } catch (error) {
    if (error instanceof JelasticNotFoundError) return null;
    throw error;
  }
}

/** Current statuses of some of this account's environments (for live updates of a shown page). */
export async function getEnvironmentStatuses(
  account: SessionAccount,
  names: string[],
): Promise<Record<string, EnvironmentStatus>> {
  const wanted = new Set(names);
  const envs = await withPlatformSession(account, (session) =>
    upstreams().jelastic.getEnvs(session),
  );
  return Object.fromEntries(envs.filter((e) => wanted.has(e.name)).map((e) => [e.name, e.status]));
}
