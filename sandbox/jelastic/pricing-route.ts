import type { SandboxDeps } from "../context";
import { applyFault } from "../control/apply-fault";
import { sendJson } from "../http/respond";
import type { Router } from "../http/router";
import pricingModels from "../seed-data/pricing-model.json";

/**
 * `GET /jelastic/auth/GetDefaultPricingModels`: unauthenticated, outside `/1.0/` (reference §2.6).
 * Faults are keyed `auth/getdefaultpricingmodels`, like the REST methods' lower-case paths.
 */
export function registerPricingRoute(router: Router, deps: SandboxDeps): void {
  router.on(["GET", "POST"], "/jelastic/auth/GetDefaultPricingModels", async (ctx) => {
    const fault = deps.faults.take("jelastic", "auth/getdefaultpricingmodels");
    if (fault && (await applyFault(ctx.res, fault, "jelastic", ctx.signal))) return;
    sendJson(ctx.res, 200, pricingModels);
  });
}
