import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { silentLogger } from "@/lib/http";
import type { SettlementDeps } from "@/lib/payments/deps";
import { ProviderRegistry } from "@/lib/payments/provider";
import { providerCustomers } from "@/lib/payments/provider-customers";
import { createPayPalProvider } from "@/lib/payments/providers/paypal";
import {
  paymentIdOfPayPalEvent,
  readPayPalDelivery,
} from "@/lib/payments/providers/paypal-webhooks";
import { settle } from "@/lib/payments/settle";
import { recordProviderEvent } from "@/lib/payments/webhooks";
import { createPayPalClient, type PayPalClient } from "@/lib/paypal";
import type { NewPayment } from "@/lib/payments/create";
import type { Harness } from "./settlement-harness";
import { newRefill } from "./settlement-probes";

/**
 * The saga with the real PayPal provider against the sandbox's PayPal emulator over HTTP, plus a
 * webhook receiver that does what the portal's /api/webhooks/paypal does (postback verification,
 * custom_id → payment, durable record) and then settles like the queue would.
 */
export const PAYPAL_CLIENT = {
  clientId: "sandbox_paypal_client_id",
  clientSecret: "sandbox_paypal_client_secret",
};
export const WEBHOOK_ID = "WH-SANDBOX-PORTAL";

export function paypalClientFor(h: Harness, fetchImpl?: typeof fetch): PayPalClient {
  return createPayPalClient({
    apiUrl: `${h.sandboxUrl}/paypal`,
    ...PAYPAL_CLIENT,
    webhookId: WEBHOOK_ID,
    retries: 0,
    timeoutMs: 3_000,
    logger: silentLogger,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}

/** Saga dependencies whose only provider is PayPal (talking through `paypal`). */
export function paypalDeps(
  h: Harness,
  paypal: PayPalClient = paypalClientFor(h),
  overrides: Partial<SettlementDeps> = {},
): SettlementDeps {
  const provider = createPayPalProvider({ paypal, customers: providerCustomers(h.db) });
  return h.deps({ providers: new ProviderRegistry([provider]), ...overrides });
}

/** A refill of the billing demo account (10.00 net, 11.90 gross) paid with PayPal. */
export function newPayPalRefill(h: Harness, overrides: Partial<NewPayment> = {}) {
  return newRefill(h, { method: "paypal", provider: "paypal", ...overrides });
}

/** The order as PayPal stores it, raw: how many captures it really has. */
export async function rawOrder(h: Harness, orderId: string) {
  const token = await accessToken(h);
  const response = await fetch(`${h.sandboxUrl}/paypal/v2/checkout/orders/${orderId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await response.json()) as {
    status: string;
    purchase_units: { payments?: { captures?: { id: string; status: string }[] } }[];
  };
}

async function accessToken(h: Harness): Promise<string> {
  const basic = Buffer.from(`${PAYPAL_CLIENT.clientId}:${PAYPAL_CLIENT.clientSecret}`).toString(
    "base64",
  );
  const response = await fetch(`${h.sandboxUrl}/paypal/v1/oauth2/token`, {
    method: "POST",
    headers: { authorization: `Basic ${basic}` },
    body: new URLSearchParams({ grant_type: "client_credentials" }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Webhook events the sandbox emitted about one order (any type), oldest first. */
export async function eventsAbout(h: Harness, orderId: string) {
  const events = (await h.control("paypal/events", undefined, "GET")) as {
    eventType: string;
    copies: number;
    delivery: string;
    event: {
      resource: { id: string; supplementary_data?: { related_ids?: { order_id?: string } } };
    };
  }[];
  return events.filter(
    (e) =>
      e.event.resource.id === orderId ||
      e.event.resource.supplementary_data?.related_ids?.order_id === orderId,
  );
}

export type WebhookReceiver = {
  url: string;
  /** Resolves once every delivery received so far has been settled. */
  idle(): Promise<void>;
  received: { type: string; paymentId: string | null; duplicate: boolean }[];
  close(): Promise<void>;
};

/** The portal's PayPal webhook endpoint, minus Next.js: verify → map → record → settle. */
export async function startPayPalReceiver(
  deps: () => SettlementDeps,
  paypal: PayPalClient,
): Promise<WebhookReceiver> {
  const work = new Set<Promise<unknown>>();
  const received: WebhookReceiver["received"] = [];
  // Like the job queue: a busy attempt (another runner holds it) is tried again shortly.
  const settleSoon = async (paymentId: string) => {
    for (let i = 0; i < 40; i++) {
      const result = await settle(paymentId, deps());
      if (result.outcome !== "busy" && result.outcome !== "retry") return;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  };
  const server: Server = createServer((req, res) => {
    let rawBody = "";
    req.on("data", (chunk: Buffer) => (rawBody += chunk.toString()));
    req.on("end", () => {
      const handled = (async () => {
        const delivery = await readPayPalDelivery(paypal, { headers: req.headers, rawBody });
        if (delivery.kind !== "verified") {
          res.writeHead(delivery.kind === "refused" ? 400 : 503).end();
          return;
        }
        const { event } = delivery;
        const { db } = deps();
        const paymentId = await paymentIdOfPayPalEvent(db, event);
        const recorded = await recordProviderEvent(
          db,
          {
            provider: "paypal",
            eventId: event.id,
            type: event.type,
            payload: JSON.parse(rawBody) as object,
            paymentId,
          },
          async (id) => void track(settleSoon(id)),
        );
        received.push({ type: event.type, paymentId, duplicate: recorded.duplicate });
        res.writeHead(200).end();
      })().catch(() => res.writeHead(503).end());
      track(handled);
    });
  });
  function track<T>(promise: Promise<T>): Promise<T> {
    work.add(promise);
    void promise.finally(() => work.delete(promise));
    return promise;
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/api/webhooks/paypal`,
    received,
    async idle() {
      while (work.size > 0) await Promise.allSettled([...work]);
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
