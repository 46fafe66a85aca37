import { credentials, type SandboxDeps } from "../context";

/**
 * Where Stripe events go: the portal's webhook URL and the endpoint's signing secret. Defaults from
 * SANDBOX_STRIPE_WEBHOOK_URL / SANDBOX_STRIPE_WEBHOOK_SECRET (set by `npm start` and the e2e stack);
 * `POST /_control/stripe/webhook-endpoint` changes them at run time (kept in memory, like faults).
 * With no URL, events are still recorded (`GET /v1/events/:id`) but not sent.
 */
export interface StripeWebhookEndpoint {
  url: string | null;
  secret: string;
}

const endpoints = new WeakMap<SandboxDeps, StripeWebhookEndpoint>();

export function stripeWebhookEndpoint(deps: SandboxDeps): StripeWebhookEndpoint {
  return (
    endpoints.get(deps) ?? {
      url: process.env.SANDBOX_STRIPE_WEBHOOK_URL || null,
      secret: process.env.SANDBOX_STRIPE_WEBHOOK_SECRET || credentials.stripeWebhookSecret,
    }
  );
}

export function setStripeWebhookEndpoint(
  deps: SandboxDeps,
  change: Partial<StripeWebhookEndpoint>,
): StripeWebhookEndpoint {
  const next = { ...stripeWebhookEndpoint(deps), ...change };
  endpoints.set(deps, next);
  return next;
}
