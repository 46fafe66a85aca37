import { parseWebhookEvent, type PayPalClient, type PayPalWebhookEvent } from "@/lib/paypal";
import type { Db } from "../deps";
import { PAYPAL_PROVIDER_ID } from "./paypal";

/**
 * A PayPal webhook delivery, checked and tied to its payment attempt. Framework-free, so the
 * portal's route (lib/data/webhook-intake.ts) and the saga tests read deliveries the same way.
 *
 * CHECKOUT.ORDER.APPROVED matters as much as the capture events: its settle runs `confirm`, which
 * captures — so a payment whose buyer closed the tab right after approving still completes.
 */
export type PayPalDelivery =
  | { kind: "verified"; event: PayPalWebhookEvent }
  /** Not confirmed by PayPal's postback, or not an event envelope: refuse for good. */
  | { kind: "refused" }
  /** PayPal could not be asked: let it deliver again later. */
  | { kind: "unverifiable" };

export async function readPayPalDelivery(
  paypal: PayPalClient,
  delivery: { headers: Headers | Record<string, string | string[] | undefined>; rawBody: string },
): Promise<PayPalDelivery> {
  let verified: boolean;
  try {
    verified = await paypal.verifyWebhookSignature(delivery);
  } catch {
    return { kind: "unverifiable" };
  }
  const event = verified ? parseWebhookEvent(delivery.rawBody) : null;
  return event ? { kind: "verified", event } : { kind: "refused" };
}

/**
 * The attempt an event is about: our custom_id (the payment id, on orders and captures) when we
 * have that payment, else the payment whose PayPal order it is. Null for events about nothing of
 * ours (vault token events, another shop on the same PayPal app).
 */
export async function paymentIdOfPayPalEvent(
  db: Db,
  event: PayPalWebhookEvent,
): Promise<string | null> {
  const customId = event.customId ?? event.capture?.customId ?? null;
  if (customId) {
    const byId = await db.payment.findFirst({
      where: { id: customId, provider: PAYPAL_PROVIDER_ID },
      select: { id: true },
    });
    if (byId) return byId.id;
  }
  if (event.orderId) {
    const byOrder = await db.payment.findFirst({
      where: { provider: PAYPAL_PROVIDER_ID, providerRef: event.orderId },
      select: { id: true },
    });
    if (byOrder) return byOrder.id;
  }
  return null;
}
