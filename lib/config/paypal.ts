import type { Env } from "./schema";

/** PayPal settings for the server client and the browser SDK; null when PayPal is not configured. */
export type PayPalSettings = {
  apiUrl: string;
  clientId: string;
  clientSecret: string;
  webhookId: string | undefined;
  /** Public: the browser loads the JS SDK from here (passed to the client component as a prop). */
  sdkUrl: string;
};

export function paypalSettings(env: Env): PayPalSettings | null {
  if (!env.PAYPAL_CLIENT_ID || !env.PAYPAL_CLIENT_SECRET) return null;
  return {
    apiUrl: env.PAYPAL_API_URL,
    clientId: env.PAYPAL_CLIENT_ID,
    clientSecret: env.PAYPAL_CLIENT_SECRET,
    webhookId: env.PAYPAL_WEBHOOK_ID,
    sdkUrl: env.PAYPAL_SDK_URL,
  };
}

/**
 * Origins the page must allow for the PayPal JS SDK (script, its frames, its calls). PayPal's own
 * SDK also loads from its sibling hosts; any other SDK URL (e.g. the local sandbox) is its own origin.
 */
export function paypalCspOrigins(env: Env): string[] {
  if (!paypalSettings(env)) return [];
  const origin = new URL(env.PAYPAL_SDK_URL).origin;
  const host = new URL(origin).hostname;
  if (host === "paypal.com" || host.endsWith(".paypal.com")) {
    return [origin, "https://*.paypal.com", "https://*.paypalobjects.com"];
  }
  return [origin];
}
