/**
 * Everything needed to talk to Stripe. The API base is configurable so that the same code reaches
 * real Stripe (unset) or the sandbox (`http://127.0.0.1:4010`); no sandbox branch exists anywhere.
 */
export type StripeConfig = {
  secretKey: string;
  /** Webhook endpoint signing secret (`whsec_…`). */
  webhookSecret: string;
  /** Unset → https://api.stripe.com. Only scheme, host and port are used (the SDK has no base path). */
  apiUrl?: string;
  timeoutMs?: number;
  /**
   * Extra attempts on network errors, 409 and 5xx. Safe for every call: stripe-node sends the same
   * `Idempotency-Key` on each retry of a POST (its own, or ours when given).
   */
  maxNetworkRetries?: number;
};

/** The API version this code was written and tested against; pinned so Stripe cannot change shapes under us. */
export const STRIPE_API_VERSION = "2026-10-28.endive" as const;

export type StripeEndpoint = { host: string; port: number; protocol: "http" | "https" };

/** `http://127.0.0.1:4010` → `{host, port, protocol}` for the SDK. */
export function endpointFromUrl(apiUrl: string): StripeEndpoint {
  const url = new URL(apiUrl);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`STRIPE_API_URL must be an http(s) URL, got ${url.protocol}`);
  }
  if (url.pathname !== "/" && url.pathname !== "") {
    throw new Error(
      "STRIPE_API_URL must not have a path: Stripe's SDK always calls /v1/… at the root",
    );
  }
  const protocol = url.protocol === "https:" ? "https" : "http";
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port ? Number(url.port) : protocol === "https" ? 443 : 80,
    protocol,
  };
}

/** Settings from the validated environment, or null when card payments are not configured. */
export function stripeConfigFromEnv(env: {
  STRIPE_SECRET_KEY?: string;
  STRIPE_WEBHOOK_SECRET?: string;
  STRIPE_API_URL?: string;
  STRIPE_TIMEOUT_MS?: number;
}): StripeConfig | null {
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return null;
  return {
    secretKey: env.STRIPE_SECRET_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    apiUrl: env.STRIPE_API_URL,
    timeoutMs: env.STRIPE_TIMEOUT_MS,
  };
}
