import type { JelasticConfig, JelasticTransport } from "./client";
import { createEnvironment, getEnvStatus, isEnvNameAvailable } from "./create-environment";
import { getMarketplaceApps, installMarketplaceApp, type MarketplaceQuery } from "./marketplace";
import { getPricingModel } from "./pricing";
import { getQuotas } from "./quotas";
import { getRegions } from "./regions";
import { getTemplates } from "./templates";
import type { PricingModel } from "@/lib/billing/estimate";
import type { EnvironmentStatus } from "./types";
import type {
  AccountQuotas,
  CreatedEnvironment,
  MarketplaceApp,
  MarketplaceInstall,
  NewEnvironmentSpec,
  Region,
  StackTemplate,
} from "./types-new-environment";

/** The "Add a new environment" part of the platform client; reads are retried, writes never. */
export type NewEnvironmentClient = {
  getRegions(session: string): Promise<Region[]>;
  getTemplates(session: string): Promise<StackTemplate[]>;
  /** Unauthenticated: the hoster's default pricing model. */
  getPricingModel(): Promise<PricingModel>;
  getQuotas(session: string, names?: readonly string[]): Promise<AccountQuotas>;
  isEnvNameAvailable(session: string, name: string): Promise<boolean>;
  getEnvStatus(session: string, name: string): Promise<EnvironmentStatus>;
  createEnvironment(session: string, spec: NewEnvironmentSpec): Promise<CreatedEnvironment>;
  getMarketplaceApps(session: string, query?: MarketplaceQuery): Promise<MarketplaceApp[]>;
  installMarketplaceApp(session: string, install: MarketplaceInstall): Promise<CreatedEnvironment>;
};

export function newEnvironmentMethods(
  transport: JelasticTransport,
  config: JelasticConfig,
): NewEnvironmentClient {
  return {
    getRegions: (session) => getRegions(transport, session),
    getTemplates: (session) => getTemplates(transport, session),
    getPricingModel: () => getPricingModel(config),
    getQuotas: (session, names) => getQuotas(transport, session, names),
    isEnvNameAvailable: (session, name) => isEnvNameAvailable(transport, session, name),
    getEnvStatus: (session, name) => getEnvStatus(transport, session, name),
    createEnvironment: (session, spec) => createEnvironment(transport, session, spec),
    getMarketplaceApps: (session, query) => getMarketplaceApps(transport, session, query),
    installMarketplaceApp: (session, install) => installMarketplaceApp(transport, session, install),
  };
}

export type { MarketplaceQuery };
export { JelasticBalanceError } from "./errors-new-environment";
export * from "./types-new-environment";
