import type { Env } from "@/lib/config/env";
import type { PayPalSettings } from "@/lib/config/paypal";
import { createLogger } from "@/lib/http";
import { createPayPalClient } from "@/lib/paypal";
import type { PaymentProvider } from "../provider";
import type { ProviderCustomers } from "../provider-customers";
import { createPayPalProvider } from "./paypal";

/** The PayPal provider from configuration (lib/config/paypal.ts gives the settings, or null). */
export function createPayPalProviderFromSettings(
  env: Env,
  settings: PayPalSettings,
  customers: ProviderCustomers,
): PaymentProvider {
  const paypal = createPayPalClient({
    apiUrl: settings.apiUrl,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    ...(settings.webhookId ? { webhookId: settings.webhookId } : {}),
    timeoutMs: env.UPSTREAM_TIMEOUT_MS,
    logger: createLogger({ level: env.LOG_LEVEL }),
  });
  return createPayPalProvider({ paypal, customers });
}
