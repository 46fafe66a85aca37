import type { SandboxDeps } from "../context";
import type { Router } from "../http/router";
import { stripeRoute } from "./api";
import { registerCheckoutSessions } from "./checkout-sessions";
import { registerStripeControl } from "./control";
import { registerCustomers } from "./customers";
import { resourceMissing } from "./errors";
import { registerAuthenticatePage } from "./hosted/authenticate-page";
import { registerCheckoutPage } from "./hosted/checkout-page";
import { registerPaymentIntents } from "./payment-intents";
import { registerPaymentMethods } from "./payment-methods";
import { registerRefunds } from "./refunds";
import { eventJson } from "./serialize";

/**
 * The Stripe emulator: the v1 API at the server root (the official SDK has no base path, only
 * host/port/protocol), the hosted checkout and 3-D Secure pages under `/c/`, and its control routes.
 */
export function registerStripe(router: Router, deps: SandboxDeps): void {
  registerCustomers(router, deps);
  registerCheckoutSessions(router, deps);
  registerPaymentIntents(router, deps);
  registerPaymentMethods(router, deps);
  registerRefunds(router, deps);
  stripeRoute(router, deps, "GET", "/v1/events/:id", "events.retrieve", ({ path }) => {
    const event = deps.store.state.stripe.events.find((e) => e.id === path.id);
    if (!event) throw resourceMissing("event", path.id ?? "");
    return { body: eventJson(event) };
  });
  registerCheckoutPage(router, deps);
  registerAuthenticatePage(router, deps);
  registerStripeControl(router, deps);
}

export const implementedStripeRoutes = [
  "POST /v1/customers",
  "GET|POST /v1/customers/:id",
  "GET /v1/customers/:id/payment_methods",
  "POST /v1/checkout/sessions",
  "GET /v1/checkout/sessions/:id",
  "POST /v1/checkout/sessions/:id/expire",
  "POST /v1/payment_intents",
  "GET /v1/payment_intents/:id",
  "POST /v1/payment_intents/:id/confirm",
  "POST /v1/payment_intents/:id/cancel",
  "GET /v1/payment_methods?customer=",
  "GET /v1/payment_methods/:id",
  "POST /v1/payment_methods/:id/attach",
  "POST /v1/payment_methods/:id/detach",
  "POST /v1/refunds",
  "GET /v1/refunds/:id",
  "GET /v1/events/:id",
];
