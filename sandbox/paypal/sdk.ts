import type { SandboxDeps } from "../context";
import { sendText } from "../http/respond";
import type { RequestContext } from "../http/router";
import { SDK_SOURCE } from "./sdk-source";
import { paypalCredentials } from "./state";

/**
 * `GET /paypal/sdk/js?client-id=…&currency=…`: the stand-in SDK, loaded by `@paypal/paypal-js`'s
 * `loadScript` through `sdkBaseUrl`. An unknown client id answers 400 like PayPal, so the loader
 * rejects exactly as it would in production.
 */
export function serveSdk(ctx: RequestContext, deps: SandboxDeps): void {
  const clientId = ctx.url.searchParams.get("client-id");
  if (clientId !== paypalCredentials.clientId) {
    return sendText(
      ctx.res,
      400,
      `throw new Error("SDK Validation error: 'Invalid query value for client-id: ${clientId === null ? "" : "unknown"}'");`,
      "application/javascript",
    );
  }
  const config = JSON.stringify({ base: `${deps.publicUrl}/paypal` }).replace(/</g, "\\u003c");
  ctx.res.setHeader("access-control-allow-origin", "*");
  sendText(ctx.res, 200, SDK_SOURCE.replace("__CONFIG__", config), "application/javascript");
}
