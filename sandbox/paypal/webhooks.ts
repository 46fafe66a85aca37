import { createHash, createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { crc32 } from "node:zlib";
import type { SandboxDeps } from "../context";
import type { Json, JsonObject } from "../http/respond";
import { paypalSettings } from "./settings";
import { isoNow, paypalId, readPaypal, updatePaypal } from "./state";
import type { PaypalWebhookEvent } from "./types";

/**
 * PayPal webhooks: build the envelope, sign the transmission, POST it with the five PAYPAL-* headers,
 * retry on non-2xx. Everything lives behind `emit(deps, event)` so delivery can later move onto a
 * shared dispatcher without touching the callers.
 *
 * The sandbox signs with an HMAC instead of PayPal's RSA certificate and remembers every transmission;
 * `verify-webhook-signature` answers SUCCESS only for a transmission it really sent, for that webhook
 * id and that exact body. That is the postback check the portal uses against real PayPal too.
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
const MAX_ATTEMPTS = 5;
const FIRST_RETRY_MS = 300;
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
  const event: PaypalWebhookEvent = {
    id,
    eventType: input.type,
    createdAt: createTime,
    transmissionId,
    delivery: webhookUrl ? "pending" : "no_endpoint",
    attempts: 0,
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
  if (webhookUrl)
    void deliver(deps, event.id, webhookUrl, headersFor(deps, transmissionId, time, sig), body);
  return event;
}

function headersFor(deps: SandboxDeps, transmissionId: string, time: string, sig: string) {
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

/** Simple in-file delivery: up to 5 attempts with doubling waits; each outcome is recorded. */
async function deliver(
  deps: SandboxDeps,
  eventId: string,
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<void> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    let status = 0;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers,
        body,
        signal: AbortSignal.timeout(5_000),
      });
      status = response.status;
      await response.arrayBuffer();
    } catch {
      status = 0;
    }
    const delivered = status >= 200 && status < 300;
    const last = attempt === MAX_ATTEMPTS;
    record(deps, eventId, {
      attempts: attempt,
      lastStatus: status,
      delivery: delivered ? "delivered" : last ? "failed" : "pending",
    });
    if (delivered) return;
    if (last) {
      deps.log.warn(
        `sandbox: PayPal webhook ${eventId} not delivered to ${url} (last status ${status})`,
      );
      return;
    }
    await new Promise((resolve) =>
      setTimeout(resolve, FIRST_RETRY_MS * 2 ** (attempt - 1)).unref(),
    );
  }
}

function record(deps: SandboxDeps, eventId: string, change: Partial<PaypalWebhookEvent>): void {
  updatePaypal(deps, (paypal) => {
    const event = paypal.events.find((e) => e.id === eventId);
    if (event) Object.assign(event, change);
  });
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
