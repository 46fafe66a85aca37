import type { SandboxDeps } from "../context";
import type { Router } from "../http/router";
import { issueToken } from "./auth";
import { registerCheckoutPages } from "./checkout-pages";
import { registerPaypalControl } from "./control";
import { registerHarness } from "./harness";
import { captureOrder, createOrder, getOrder } from "./orders";
import { serveSdk } from "./sdk";
import { deleteToken, getToken, listTokens, verifySignature } from "./vault";

/**
 * PayPal emulator. Every route lives under `/paypal` (the app's PAYPAL_API_URL is `{S}/paypal`);
 * the Stripe emulator owns the root `/v1/...` paths. Control routes under `/_control/paypal/`.
 */
export function registerPaypal(router: Router, deps: SandboxDeps): void {
  const on = router.on.bind(router);
  on("POST", "/paypal/v1/oauth2/token", (ctx) => issueToken(ctx, deps));
  on("POST", "/paypal/v2/checkout/orders", (ctx) => createOrder(ctx, deps));
  on("GET", "/paypal/v2/checkout/orders/:id", (ctx) => getOrder(ctx, deps));
  on("POST", "/paypal/v2/checkout/orders/:id/capture", (ctx) => captureOrder(ctx, deps));
  on("GET", "/paypal/v3/vault/payment-tokens", (ctx) => listTokens(ctx, deps));
  on("GET", "/paypal/v3/vault/payment-tokens/:id", (ctx) => getToken(ctx, deps));
  on("DELETE", "/paypal/v3/vault/payment-tokens/:id", (ctx) => deleteToken(ctx, deps));
  on("POST", "/paypal/v1/notifications/verify-webhook-signature", (ctx) =>
    verifySignature(ctx, deps),
  );
  on("GET", "/paypal/sdk/js", (ctx) => serveSdk(ctx, deps));
  registerCheckoutPages(router, deps);
  registerHarness(router, deps);
  registerPaypalControl(router, deps);
}
