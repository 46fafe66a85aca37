import type { Env } from "@/lib/config/env";
import { paypalSettings } from "@/lib/config/paypal";
import { createStripeGateway, stripeConfigFromEnv } from "@/lib/stripe";
import type { WhmcsClient } from "@/lib/whmcs";
import { ProviderRegistry } from "../provider";
import type { ProviderCustomers } from "../provider-customers";
import { createPayPalProviderFromSettings } from "./paypal-config";
import { createStripeProvider } from "./stripe";
import { createWhmcsCreditProvider } from "./whmcs-credit";

/**
 * The providers of a running portal or worker. A new provider (Stripe, PayPal) adds one
 * `registry.register(createXProvider(...))` line here; nothing else in the saga changes.
 */
export function buildProviders(
  env: Env,
  ports: { whmcs: WhmcsClient; customers: ProviderCustomers },
): ProviderRegistry {
  const { whmcs } = ports;
  const registry = new ProviderRegistry();
  registry.register(createWhmcsCreditProvider(whmcs, env.WHMCS_CREDIT_GATEWAY));
  const stripe = stripeConfigFromEnv(env);
  if (stripe) {
    registry.register(
      createStripeProvider(createStripeGateway(stripe), ports.customers, {
        merchantName: env.HOSTER_NAME,
      }),
    );
  }
  const paypal = paypalSettings(env);
  if (paypal) registry.register(createPayPalProviderFromSettings(env, paypal, ports.customers));
  return registry;
}
