import { z } from "zod";
import { createPayPalTransport, type PayPalConfig } from "./client";
import { PayPalNotFoundError } from "./errors";
import { orderWire, paymentTokenList, verifyResponse, webhookEventWire } from "./schemas";
import { createOrderBody, toOrder, toSavedAccount, toWebhookEvent } from "./transform";
import type {
  CaptureOrderInput,
  CreateOrderInput,
  PayPalOrder,
  PayPalSavedAccount,
  PayPalWebhookEvent,
  WebhookDelivery,
} from "./types";

/**
 * Typed PayPal REST client (Orders v2, Vault v3, webhook postback verification). Our own thin fetch
 * client because the official server SDK cannot change its base URL (payments.md §2.8): the same code
 * talks to api-m.paypal.com and to the local sandbox.
 */
export type PayPalClient = {
  createOrder(input: CreateOrderInput): Promise<PayPalOrder>;
  getOrder(orderId: string): Promise<PayPalOrder>;
  /** Idempotent by `requestId`: a repeat answers the first capture instead of capturing twice. */
  captureOrder(orderId: string, input: CaptureOrderInput): Promise<PayPalOrder>;
  listPaymentTokens(customerId: string): Promise<PayPalSavedAccount[]>;
  /** False when the token was already gone (deleting twice is not an error). */
  deletePaymentToken(vaultId: string): Promise<boolean>;
  /** Postback check of a webhook delivery; false for anything PayPal does not confirm. */
  verifyWebhookSignature(delivery: WebhookDelivery): Promise<boolean>;
};

const ORDER_ID = /^[A-Za-z0-9-]{1,64}$/;

export function createPayPalClient(config: PayPalConfig): PayPalClient {
  const transport = createPayPalTransport(config);
  const safeId = (id: string) => {
    if (!ORDER_ID.test(id)) {
      throw new PayPalNotFoundError({
        action: "validate",
        message: "paypal: malformed resource id",
      });
    }
    return encodeURIComponent(id);
  };

  return {
    async createOrder(input) {
      const wire = await transport.call({
        action: "orders/create",
        method: "POST",
        path: "/v2/checkout/orders",
        body: createOrderBody(input),
        requestId: input.requestId,
        ...(input.mockApplicationCode ? { mockApplicationCode: input.mockApplicationCode } : {}),
        idempotent: true,
        schema: orderWire,
      });
      return toOrder(wire!);
    },
    async getOrder(orderId) {
      const wire = await transport.call({
        action: "orders/get",
        method: "GET",
        path: `/v2/checkout/orders/${safeId(orderId)}`,
        idempotent: true,
        schema: orderWire,
      });
      return toOrder(wire!);
    },
    async captureOrder(orderId, input) {
      const wire = await transport.call({
        action: "orders/capture",
        method: "POST",
        path: `/v2/checkout/orders/${safeId(orderId)}/capture`,
        body: {},
        requestId: input.requestId,
        ...(input.mockApplicationCode ? { mockApplicationCode: input.mockApplicationCode } : {}),
        idempotent: true,
        schema: orderWire,
      });
      return toOrder(wire!);
    },
    async listPaymentTokens(customerId) {
      const list = await transport.call({
        action: "vault/list",
        method: "GET",
        path: `/v3/vault/payment-tokens?customer_id=${encodeURIComponent(customerId)}`,
        idempotent: true,
        schema: paymentTokenList,
      });
      return (list?.payment_tokens ?? []).map((t) => toSavedAccount(t, customerId));
    },
    async deletePaymentToken(vaultId) {
      try {
        await transport.call({
          action: "vault/delete",
          method: "DELETE",
          path: `/v3/vault/payment-tokens/${safeId(vaultId)}`,
          idempotent: true,
          schema: z.unknown(),
        });
        return true;
      } catch (error) {
        if (error instanceof PayPalNotFoundError) return false;
        throw error;
      }
    },
    async verifyWebhookSignature(delivery) {
      if (!config.webhookId) throw new Error("PAYPAL_WEBHOOK_ID is not configured");
      const header = (name: string) => readHeader(delivery.headers, name);
      const fields = {
        auth_algo: header("paypal-auth-algo"),
        cert_url: header("paypal-cert-url"),
        transmission_id: header("paypal-transmission-id"),
        transmission_sig: header("paypal-transmission-sig"),
        transmission_time: header("paypal-transmission-time"),
        webhook_id: config.webhookId,
      };
      if (Object.values(fields).some((v) => !v)) return false;
      try {
        JSON.parse(delivery.rawBody);
      } catch {
        return false;
      }
      // The event goes back byte for byte: re-serialising a parsed body could change it.
      const body = `${JSON.stringify(fields).slice(0, -1)},"webhook_event":${delivery.rawBody}}`;
      const result = await transport.call({
        action: "webhooks/verify",
        method: "POST",
        path: "/v1/notifications/verify-webhook-signature",
        body,
        idempotent: true,
        schema: verifyResponse,
      });
      return result?.verification_status === "SUCCESS";
    },
  };
}

/** Parses a (verified) webhook body; null when it is not a PayPal event envelope. */
export function parseWebhookEvent(rawBody: string): PayPalWebhookEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return null;
  }
  const parsed = webhookEventWire.safeParse(json);
  return parsed.success ? toWebhookEvent(parsed.data) : null;
}

function readHeader(headers: WebhookDelivery["headers"], name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key ? headers[key] : undefined;
  return Array.isArray(value) ? value[0] : value;
}

export type { PayPalConfig } from "./client";
export { fromPayPalValue, paypalDigits, toPayPalValue } from "./amount";
export {
  PayPalAlreadyCapturedError,
  PayPalAuthError,
  PayPalDeclinedError,
  PayPalError,
  PayPalNotApprovedError,
  PayPalNotFoundError,
  type PayPalErrorCode,
} from "./errors";
export * from "./types";
/** PayPal unreachable, timing out or answering 5xx: retry later with the same request id. */
export {
  UpstreamTimeoutError as PayPalTimeoutError,
  UpstreamUnavailableError as PayPalUnavailableError,
} from "@/lib/http";
