import type { Env } from "@/lib/config/env";
import { paypalSettings } from "@/lib/config/paypal";
import type { WhmcsClient } from "@/lib/whmcs";
import { ProviderRegistry } from "../provider";
import type { ProviderCustomers } from "../provider-customers";
import { createPayPalProviderFromSettings } from "./paypal-config";
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
  const paypal = paypalSettings(env);
  if (paypal) registry.register(createPayPalProviderFromSettings(env, paypal, ports.customers));
  return registry;
}
