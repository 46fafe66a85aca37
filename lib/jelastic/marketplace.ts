import type { JelasticTransport } from "./client";
import { asBalanceError } from "./errors-new-environment";
import { marketplaceInstallSchema, marketplaceListSchema } from "./schemas-new-environment";
import { toMarketplaceApps } from "./transform-new-environment";
import type {
  CreatedEnvironment,
  MarketplaceApp,
  MarketplaceInstall,
} from "./types-new-environment";

export type MarketplaceQuery = { search?: string; category?: string };

/** marketplace.App.GetList (reference §2.8); the category filter is applied here, the API has none. */
export async function getMarketplaceApps(
  transport: JelasticTransport,
  session: string,
  query: MarketplaceQuery = {},
): Promise<MarketplaceApp[]> {
  const apps = await transport.call(
    "marketplace/app/GetList",
    { search: query.search || undefined },
    marketplaceListSchema,
    (raw) => toMarketplaceApps(raw.apps),
    { session, idempotent: true },
  );
  const category = query.category?.toLowerCase();
  return category
    ? apps.filter((app) => app.categories.some((c) => c.toLowerCase() === category))
    : apps;
}

/** marketplace.App.Install: creates a new environment named `envName` from the package. */
export async function installMarketplaceApp(
  transport: JelasticTransport,
  session: string,
  install: MarketplaceInstall,
): Promise<CreatedEnvironment> {
  try {
    return await transport.call(
      "marketplace/app/Install",
      {
        id: install.appId,
        envName: install.envName,
        region: install.region,
        displayName: install.displayName,
      },
      marketplaceInstallSchema,
      // `uniqueName` in the answer names the installation, not the environment.
      () => ({ name: install.envName, status: "creating" as const }),
      { session, idempotent: false },
    );
  } catch (error) {
    throw asBalanceError(error);
  }
}
