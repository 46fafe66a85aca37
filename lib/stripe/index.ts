/**
 * Stripe for the portal (framework-free; no Next.js imports): the official SDK pointed at the
 * configured API, typed operations, webhook verification and domain error codes.
 */
export { createStripeSdk } from "./client";
export {
  endpointFromUrl,
  STRIPE_API_VERSION,
  stripeConfigFromEnv,
  type StripeConfig,
} from "./config";
export {
  cardFailureCode,
  StripeFailure,
  toStripeFailure,
  type CardFailureCode,
  type StripeErrorCode,
} from "./errors";
export { createStripeGateway, type StripeGateway } from "./gateway";
export * from "./types";
export {
  parseStripeEvent,
  StripeWebhookPayloadError,
  StripeWebhookSignatureError,
  verifyStripeWebhook,
} from "./webhook";
