import "server-only";
import type { PricingModel } from "@/lib/billing/estimate";
import { getEnv } from "@/lib/config/env";
import type { AccountQuotas, MarketplaceApp, Region, StackTemplate } from "@/lib/jelastic";
import { cachedCatalog } from "./catalog-cache";
import { withPlatformSession } from "./platform-session";
import type { SessionAccount } from "./session";
import { upstreams } from "./upstreams";

/** Everything the "Add a new environment" page needs before the user types anything. */
export type NewEnvironmentCatalog = {
  regions: Region[];
  stacks: StackTemplate[];
  apps: MarketplaceApp[];
  pricing: PricingModel;
  currency: string;
  quotas: AccountQuotas;
  ownedEnvironments: number;
};

/**
 * Regions depend on the account's group, so they are cached per platform user; stacks, apps and
 * pricing are the same for everyone. Quotas and the environment count are read fresh: they decide
 * what the user may do now. All calls run in parallel.
 */
export async function getNewEnvironmentCatalog(
  account: SessionAccount,
): Promise<NewEnvironmentCatalog> {
  const jelastic = upstreams().jelastic;
  return withPlatformSession(account, async (session) => {
    const [regions, stacks, apps, pricing, quotas, envs] = await Promise.all([
      cachedCatalog(`regions:${account.platformUid}`, () => jelastic.getRegions(session)),
      cachedCatalog("stacks", () => jelastic.getTemplates(session)),
      cachedCatalog("marketplace", () => jelastic.getMarketplaceApps(session)),
      cachedCatalog("pricing", () => jelastic.getPricingModel()),
      jelastic.getQuotas(session),
      jelastic.getEnvs(session),
    ]);
    return {
      regions,
      stacks,
      apps,
      pricing,
      currency: getEnv().CURRENCY.toUpperCase(),
      quotas,
      ownedEnvironments: envs.length,
    };
  });
}

/** Cached catalogue reads for validation in actions (same keys as the page). */
export function catalogForValidation(account: SessionAccount, session: string) {
  const jelastic = upstreams().jelastic;
  return Promise.all([
    cachedCatalog(`regions:${account.platformUid}`, () => jelastic.getRegions(session)),
    cachedCatalog("stacks", () => jelastic.getTemplates(session)),
    cachedCatalog("marketplace", () => jelastic.getMarketplaceApps(session)),
  ]);
}
