import type { SandboxDeps } from "../context";

/**
 * Where PayPal webhooks go and how long access tokens live. Defaults from the environment
 * (SANDBOX_PAYPAL_WEBHOOK_URL, SANDBOX_PAYPAL_WEBHOOK_ID, SANDBOX_PAYPAL_TOKEN_TTL_S); changed at run
 * time with `POST /_control/paypal/settings`. In memory, like faults.
 */
export interface PaypalSettings {
  webhookUrl: string | null;
  webhookId: string;
  tokenTtlSeconds: number;
}

export const DEFAULT_WEBHOOK_ID = "WH-SANDBOX-PORTAL";
const settings = new WeakMap<SandboxDeps, PaypalSettings>();

function fromEnv(): PaypalSettings {
  const ttl = Number(process.env.SANDBOX_PAYPAL_TOKEN_TTL_S);
  return {
    webhookUrl: process.env.SANDBOX_PAYPAL_WEBHOOK_URL || null,
    webhookId: process.env.SANDBOX_PAYPAL_WEBHOOK_ID || DEFAULT_WEBHOOK_ID,
    tokenTtlSeconds: Number.isInteger(ttl) && ttl > 0 ? ttl : 32_400,
  };
}

export function paypalSettings(deps: SandboxDeps): PaypalSettings {
  let current = settings.get(deps);
  if (!current) {
    current = fromEnv();
    settings.set(deps, current);
  }
  return current;
}

export function changePaypalSettings(
  deps: SandboxDeps,
  change: Partial<PaypalSettings>,
): PaypalSettings {
  const next = { ...paypalSettings(deps), ...change };
  settings.set(deps, next);
  return next;
}
