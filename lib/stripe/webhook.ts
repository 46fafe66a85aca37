import type Stripe from "stripe";
import { z } from "zod";
import {
  checkoutSessionSchema,
  eventEnvelopeSchema,
  paymentIntentSchema,
  paymentMethodSchema,
} from "./schemas";
import { toCheckoutSessionInfo, toPaymentIntentInfo, toSavedCard } from "./transform";
import type { StripeWebhookEvent } from "./types";

/** The signature did not match (wrong secret, altered body, too old): answer 400, never process. */
export class StripeWebhookSignatureError extends Error {
  constructor(cause: unknown) {
    super("Stripe webhook signature verification failed", { cause });
    this.name = "StripeWebhookSignatureError";
  }
}

/** Signed by Stripe but not the shape we rely on: answer 5xx so Stripe retries after a fix. */
export class StripeWebhookPayloadError extends Error {
  constructor(type: string, cause: unknown) {
    super(`Stripe webhook ${type} has an unexpected shape`, { cause });
    this.name = "StripeWebhookPayloadError";
  }
}

const PAYMENT_INTENT_TYPES = new Set([
  "payment_intent.succeeded",
  "payment_intent.payment_failed",
  "payment_intent.canceled",
  "payment_intent.processing",
  "payment_intent.requires_action",
]);
const CHECKOUT_TYPES = new Set([
  "checkout.session.completed",
  "checkout.session.expired",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
]);
const PAYMENT_METHOD_TYPES = new Set([
  "payment_method.attached",
  "payment_method.detached",
  "payment_method.updated",
]);

const previousCustomer = z
  .object({ customer: z.string().nullable().optional() })
  .loose()
  .optional();

/**
 * Verifies `Stripe-Signature` over the RAW body (read it with `await request.text()`, never re-
 * serialise JSON) with the SDK's own `constructEvent` (300 s tolerance), then returns the typed
 * subset the settlement saga needs. Deduplicate on `eventId`: Stripe delivers at least once.
 */
export function verifyStripeWebhook(
  sdk: Stripe,
  rawBody: string,
  signatureHeader: string | null,
  webhookSecret: string,
): StripeWebhookEvent {
  let verified: Stripe.Event;
  try {
    verified = sdk.webhooks.constructEvent(rawBody, signatureHeader ?? "", webhookSecret);
  } catch (error) {
    throw new StripeWebhookSignatureError(error);
  }
  return parseStripeEvent(verified);
}

/** The typed subset of an already verified event (exported for unit tests and replays). */
export function parseStripeEvent(input: unknown): StripeWebhookEvent {
  const envelope = eventEnvelopeSchema.safeParse(input);
  if (!envelope.success) throw new StripeWebhookPayloadError("event", envelope.error);
  const event = envelope.data;
  const base = {
    eventId: event.id,
    createdAt: new Date(event.created * 1000),
    livemode: event.livemode,
  };
  const object = event.data.object;
  const parse = <T>(schema: z.ZodType<T>): T => {
    const result = schema.safeParse(object);
    if (!result.success) throw new StripeWebhookPayloadError(event.type, result.error);
    return result.data;
  };
  if (PAYMENT_INTENT_TYPES.has(event.type)) {
    return {
      ...base,
      kind: "payment_intent",
      type: event.type as Extract<StripeWebhookEvent, { kind: "payment_intent" }>["type"],
      paymentIntent: toPaymentIntentInfo(parse(paymentIntentSchema)),
    };
  }
  if (CHECKOUT_TYPES.has(event.type)) {
    return {
      ...base,
      kind: "checkout_session",
      type: event.type as Extract<StripeWebhookEvent, { kind: "checkout_session" }>["type"],
      session: toCheckoutSessionInfo(parse(checkoutSessionSchema)),
    };
  }
  if (PAYMENT_METHOD_TYPES.has(event.type)) {
    const pm = parse(paymentMethodSchema);
    const previous = previousCustomer.safeParse(event.data.previous_attributes);
    return {
      ...base,
      kind: "payment_method",
      type: event.type as Extract<StripeWebhookEvent, { kind: "payment_method" }>["type"],
      paymentMethodId: pm.id,
      card: toSavedCard(pm),
      previousCustomerId: previous.success ? (previous.data?.customer ?? null) : null,
    };
  }
  return { ...base, kind: "other", type: event.type };
}
