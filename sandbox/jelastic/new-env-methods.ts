import type { SandboxDeps } from "../context";
import { registerPlatformSettings } from "../control/platform-settings";
import type { Router } from "../http/router";
import type { PlatformMethod } from "./call";
import { getQuotas, getRegions, getTemplates } from "./catalog";
import { createEnvironment } from "./create-env";
import { getMarketplaceList, installMarketplaceApp } from "./marketplace";
import { registerPricingRoute } from "./pricing-route";

/** The "Add a new environment" methods, merged into api.ts's method table. */
export const newEnvironmentMethods: Record<string, PlatformMethod> = {
  "environment/control/getregions": getRegions,
  "environment/control/gettemplates": getTemplates,
  "environment/control/createenvironment": createEnvironment,
  "billing/account/getquotas": getQuotas,
  "marketplace/app/getlist": getMarketplaceList,
  "marketplace/app/install": installMarketplaceApp,
};

/** Routes outside `/1.0/`: the public pricing endpoint and the creation-delay control setting. */
export function registerNewEnvironmentRoutes(router: Router, deps: SandboxDeps): void {
  registerPricingRoute(router, deps);
  registerPlatformSettings(router, deps);
}
