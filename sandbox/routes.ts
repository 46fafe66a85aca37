import type { SandboxDeps } from "./context";
import { registerControl } from "./control/api";
import { registerIndex } from "./dashboard/index-page";
import { registerPlatformDashboard } from "./dashboard/platform";
import { registerWhmcsSso } from "./dashboard/whmcs-sso";
import { sendJson, sendText } from "./http/respond";
import { Router } from "./http/router";
import { registerStripe } from "./stripe/routes";
import { registerWebhookControl } from "./webhooks/control";
import { registerPlatformApi } from "./jelastic/api";
import { registerReg } from "./jelastic/reg";
import { registerInbox } from "./mail/inbox";
import { registerPaypal } from "./paypal/api";
import { registerWhmcsApi } from "./whmcs/api";

/** Every route of the sandbox, one registration per area (see CONTRACTS.md for the map). */
export function buildRouter(deps: SandboxDeps, smtpPort: () => number): Router {
  // The control API answers in JSON even for paths it does not know; everything else in plain text.
  const router = new Router((ctx) =>
    ctx.url.pathname.startsWith("/_control/")
      ? sendJson(ctx.res, 404, { error: "not_found" })
      : sendText(ctx.res, 404, "Not Found"),
  );
  registerControl(router, deps);
  registerWhmcsApi(router, deps);
  registerWhmcsSso(router, deps);
  registerPlatformApi(router, deps);
  registerReg(router, deps);
  registerPlatformDashboard(router, deps);
  registerInbox(router, deps);
  registerStripe(router, deps);
  registerWebhookControl(router, deps);
  registerPaypal(router, deps);
  registerIndex(router, deps, smtpPort);
  return router;
}
