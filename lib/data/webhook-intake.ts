import "server-only";
import { getEnv } from "@/lib/config/env";
import { paypalSettings } from "@/lib/config/paypal";
import { createLogger } from "@/lib/http";
import { requestSettlement } from "@/lib/jobs/runtime";
import { recordProviderEvent } from "@/lib/payments/webhooks";
import { settlementDeps } from "@/lib/payments/runtime";
import {
  paymentIdOfPayPalEvent,
  readPayPalDelivery,
} from "@/lib/payments/providers/paypal-webhooks";
import { createPayPalClient, type PayPalClient } from "@/lib/paypal";
import {
  createStripeGateway,
  StripeWebhookSignatureError,
  stripeConfigFromEnv,
  type StripeGateway,
  type StripeWebhookEvent,
} from "@/lib/stripe";

/**
 * Provider webhooks in: verify, store durably (deduplicated by event id), hand the attempt to the
 * settlement queue, and only then answer 2xx — the provider keeps retrying until we did. Unknown
 * event types are stored and acknowledged, never dropped. Answers carry no detail.
 */
export type IntakeResult = { status: 200 | 400 | 404 | 503 };

const holder = globalThis as typeof globalThis & {
  __stripeGateway?: StripeGateway | null;
  __paypalWebhookClient?: PayPalClient | null;
};

function stripeGateway(): StripeGateway | null {
  if (holder.__stripeGateway === undefined) {
    const config = stripeConfigFromEnv(getEnv());
    holder.__stripeGateway = config ? createStripeGateway(config) : null;
  }
  return holder.__stripeGateway;
}

/** One client per process, so its OAuth token is reused across deliveries until it expires. */
function paypalClient(): PayPalClient | null {
  if (holder.__paypalWebhookClient === undefined) {
    const settings = paypalSettings(getEnv());
    holder.__paypalWebhookClient = settings?.webhookId
      ? createPayPalClient({ ...settings, logger: logger() })
      : null;
  }
  return holder.__paypalWebhookClient;
}

function logger() {
  return createLogger({ level: getEnv().LOG_LEVEL });
}

export async function intakeStripeWebhook(
  rawBody: string,
  signature: string | null,
): Promise<IntakeResult> {
  const gateway = stripeGateway();
  if (!gateway) return { status: 404 };
  let event: StripeWebhookEvent;
  try {
    event = gateway.verifyWebhook(rawBody, signature);
  } catch (error) {
    const forged = error instanceof StripeWebhookSignatureError;
    logger().warn(forged ? "webhook.stripe.refused" : "webhook.stripe.unreadable", {});
    // A bad signature is refused for good; an event we cannot read is retried by Stripe.
    return { status: forged ? 400 : 503 };
  }
  return store("stripe", event.eventId, event.type, rawBody, paymentIdOfStripe(event));
}

export async function intakePaypalWebhook(
  rawBody: string,
  headers: Headers,
): Promise<IntakeResult> {
  const client = paypalClient();
  if (!client) return { status: 404 };
  const delivery = await readPayPalDelivery(client, { headers, rawBody });
  // PayPal could not be asked: let it deliver again later.
  if (delivery.kind === "unverifiable") return { status: 503 };
  if (delivery.kind === "refused") {
    logger().warn("webhook.paypal.refused", {});
    return { status: 400 };
  }
  const { event } = delivery;
  let paymentId: string | null;
  try {
    // custom_id on orders (CHECKOUT.ORDER.APPROVED) and captures, else the order id we stored.
    paymentId = await paymentIdOfPayPalEvent(settlementDeps().db, event);
  } catch {
    return { status: 503 };
  }
  return store("paypal", event.id, event.type, rawBody, paymentId);
}

function paymentIdOfStripe(event: StripeWebhookEvent): string | null {
  if (event.kind === "payment_intent") return event.paymentIntent.metadata.paymentId ?? null;
  if (event.kind === "checkout_session") {
    return event.session.metadata.paymentId ?? event.session.clientReferenceId ?? null;
  }
  return null;
}

async function store(
  provider: "stripe" | "paypal",
  eventId: string,
  type: string,
  rawBody: string,
  claimedPaymentId: string | null,
): Promise<IntakeResult> {
  const { db } = settlementDeps();
  // Only an attempt we really have goes to the queue; the event is kept either way.
  const paymentId = claimedPaymentId
    ? ((await db.payment.findUnique({ where: { id: claimedPaymentId }, select: { id: true } }))
        ?.id ?? null)
    : null;
  try {
    await recordProviderEvent(
      db,
      { provider, eventId, type, payload: JSON.parse(rawBody) as object, paymentId },
      requestSettlement,
    );
  } catch (error) {
    logger().error(`webhook.${provider}.not_stored`, {
      eventId,
      message: error instanceof Error ? error.message : String(error),
    });
    return { status: 503 };
  }
  logger().info(`webhook.${provider}.stored`, { eventId, type, paymentId });
  return { status: 200 };
}
