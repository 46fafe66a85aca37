import { createHash, createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { crc32 } from "node:zlib";
import type { SandboxDeps } from "../context";
import type { Json, JsonObject } from "../http/respond";
import { paypalSettings } from "./settings";
import { isoNow, paypalId, readPaypal, updatePaypal } from "./state";
import type { PaypalWebhookEvent } from "./types";

/**
 * PayPal webhooks: build the envelope, sign the transmission and hand it to the provider-neutral
 * dispatcher (sandbox/webhooks/dispatcher.ts), which POSTs it with the five PAYPAL-* headers,
 * retries non-2xx answers and obeys `/_control/webhooks` (delay, duplicate, drop, hold, reorder) —
 * the same misbehaviour the Stripe emulator's events get.
 *
 * The sandbox signs with an HMAC instead of PayPal's RSA certificate and remembers every transmission;
 * `verify-webhook-signature` answers SUCCESS only for a transmission it really sent, for that webhook
 * id and that exact body. That is the postback check the portal uses against real PayPal too. A
 * retried or duplicated delivery is the same transmission (PayPal re-sends the event as it was).
 */
export type PaypalEventType =
  | "CHECKOUT.ORDER.APPROVED"
  | "PAYMENT.CAPTURE.COMPLETED"
  | "PAYMENT.CAPTURE.DENIED"
  | "VAULT.PAYMENT-TOKEN.CREATED"
  | "VAULT.PAYMENT-TOKEN.DELETED";

export interface PaypalEventInput {
  type: PaypalEventType;
  resourceType: string;
  summary: string;
  resource: JsonObject;
}

const SIGNING_KEY = "sandbox_paypal_webhook_signing_key";
const KEEP_EVENTS = 200;

export function emit(deps: SandboxDeps, input: PaypalEventInput): PaypalWebhookEvent {
  const { webhookId, webhookUrl } = paypalSettings(deps);
  const id = `WH-${paypalId(17)}-${paypalId(17)}`;
  const createTime = isoNow(deps);
  const envelope: JsonObject = {
    id,
    event_version: "1.0",
    create_time: createTime,
    resource_type: input.resourceType,
    resource_version: "2.0",
    event_type: input.type,
    summary: input.summary,
    resource: input.resource,
    links: [
      {
        href: `${deps.publicUrl}/paypal/v1/notifications/webhooks-events/${id}`,
        rel: "self",
        method: "GET",
      },
    ],
  };
  const body = JSON.stringify(envelope);
  const transmissionId = randomUUID();
  const time = new Date(deps.now()).toISOString();
  const sig = sign(transmissionId, time, webhookId, body);
  const headers = headersFor(deps, transmissionId, time, sig);
  const delivery = webhookUrl
    ? deps.webhooks.enqueue({
        provider: "paypal",
        label: `${id} ${input.type}`,
        url: webhookUrl,
        body,
        headers: () => ({ ...headers }),
      })
    : null;
  const event: PaypalWebhookEvent = {
    id,
    eventType: input.type,
    createdAt: createTime,
    transmissionId,
    ...(delivery ? { deliveryId: delivery.id } : {}),
    body,
  };
  updatePaypal(deps, (paypal) => {
    paypal.transmissions[transmissionId] = {
      webhookId,
      eventId: id,
      time,
      sig,
      bodySha256: sha256(body),
    };
    paypal.events.push(event);
    // Old events (and their transmissions) are dropped so the state file stays small.
    for (const old of paypal.events.splice(0, Math.max(0, paypal.events.length - KEEP_EVENTS))) {
      delete paypal.transmissions[old.transmissionId];
    }
  });
  return event;
}

export type EventDelivery = {
  /** The dispatcher's view of the first copy; "no_endpoint" when no webhook URL was set. */
  delivery: "pending" | "held" | "delivered" | "failed" | "dropped" | "no_endpoint";
  attempts: number;
  lastStatus: number | null;
  /** Deliveries of this event (2 when the dispatcher was told to duplicate it). */
  copies: number;
};

/** How an event's delivery went, read from the dispatcher (which owns retries and misbehaviour). */
export function deliveryOf(deps: SandboxDeps, event: PaypalWebhookEvent): EventDelivery {
  if (!event.deliveryId) {
    return { delivery: "no_endpoint", attempts: 0, lastStatus: null, copies: 0 };
  }
  const label = `${event.id} ${event.eventType}`;
  const copies = deps.webhooks.list({ provider: "paypal" }).filter((d) => d.label === label);
  const first = copies.find((d) => d.id === event.deliveryId) ?? copies[0];
  if (!first) return { delivery: "pending", attempts: 0, lastStatus: null, copies: 0 };
  return {
    delivery: first.status,
    attempts: first.attempts.length,
    lastStatus: first.attempts.at(-1)?.status ?? null,
    copies: copies.length,
  };
}

function headersFor(
  deps: SandboxDeps,
  transmissionId: string,
  time: string,
  sig: string,
): Record<string, string> {
  return {
    "content-type": "application/json",
    "paypal-transmission-id": transmissionId,
    "paypal-transmission-time": time,
    "paypal-transmission-sig": sig,
    "paypal-cert-url": `${deps.publicUrl}/paypal/v1/notifications/certs/CERT-SANDBOX-PORTAL`,
    "paypal-auth-algo": "SHA256withRSA",
    "user-agent": "PayPal/AUHD-214.0-SANDBOX",
  };
}

function sign(transmissionId: string, time: string, webhookId: string, body: string): string {
  const crc = crc32(Buffer.from(body, "utf8"));
  return createHmac("sha256", SIGNING_KEY)
    .update(`${transmissionId}|${time}|${webhookId}|${crc}`)
    .digest("base64");
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export interface VerifyInput {
  transmission_id?: unknown;
  transmission_time?: unknown;
  transmission_sig?: unknown;
  webhook_id?: unknown;
  webhook_event?: unknown;
}

/**
 * The postback check. `webhook_event` arrives parsed; re-serialising a JSON.stringify'd body gives the
 * same text back, and any change to the event (a tampered amount) changes its hash.
 */
export function verifyTransmission(deps: SandboxDeps, input: VerifyInput): "SUCCESS" | "FAILURE" {
  const id = typeof input.transmission_id === "string" ? input.transmission_id : "";
  const stored = readPaypal(deps).transmissions[id];
  if (!stored) return "FAILURE";
  const same = (a: string, b: unknown) =>
    typeof b === "string" &&
    a.length === b.length &&
    timingSafeEqual(Buffer.from(a), Buffer.from(b));
  const event = input.webhook_event as Json | undefined;
  if (event === undefined || event === null || typeof event !== "object") return "FAILURE";
  const ok =
    same(stored.sig, input.transmission_sig) &&
    same(stored.time, input.transmission_time) &&
    same(stored.webhookId, input.webhook_id) &&
    sha256(JSON.stringify(event)) === stored.bodySha256;
  return ok ? "SUCCESS" : "FAILURE";
}
