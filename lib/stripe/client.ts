import Stripe from "stripe";
import { endpointFromUrl, STRIPE_API_VERSION, type StripeConfig } from "./config";

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_NETWORK_RETRIES = 2;

/**
 * The official SDK, pointed at the configured API (real Stripe or the sandbox) with the pinned API
 * version, a timeout and bounded retries. Telemetry is off: the portal runs on hosters' servers.
 */
export function createStripeSdk(config: StripeConfig): Stripe {
  const endpoint = config.apiUrl ? endpointFromUrl(config.apiUrl) : undefined;
  return new Stripe(config.secretKey, {
    apiVersion: STRIPE_API_VERSION,
    timeout: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxNetworkRetries: config.maxNetworkRetries ?? DEFAULT_NETWORK_RETRIES,
    telemetry: false,
    appInfo: { name: "jelastic-portal" },
    ...(endpoint ?? {}),
  });
}
