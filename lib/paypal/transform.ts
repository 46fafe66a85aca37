import type { Money } from "@/lib/billing/money";
import { fromPayPalValue, toPayPalValue } from "./amount";
import { captureWire, type CaptureWire, type OrderWire, type PaymentTokenWire } from "./schemas";
import type {
  CreateOrderInput,
  PayPalCapture,
  PayPalCaptureStatus,
  PayPalOrder,
  PayPalOrderStatus,
  PayPalSavedAccount,
  PayPalWebhookEvent,
} from "./types";
import { z } from "zod";

/** Domain input → Orders v2 request body, and PayPal JSON → domain types. */
export function createOrderBody(input: CreateOrderInput): Record<string, unknown> {
  const currency = input.currency.toUpperCase();
  const unit = {
    amount: { currency_code: currency, value: toPayPalValue(input.amountMinor, currency) },
    ...(input.customId ? { custom_id: input.customId } : {}),
    ...(input.invoiceId ? { invoice_id: input.invoiceId } : {}),
    ...(input.description ? { description: input.description } : {}),
  };
  const urls = {
    ...(input.returnUrl ? { return_url: input.returnUrl } : {}),
    ...(input.cancelUrl ? { cancel_url: input.cancelUrl } : {}),
  };
  const hasUrls = Object.keys(urls).length > 0;
  let paymentSource: Record<string, unknown> | undefined;
  if (input.vaultId) {
    paymentSource = { paypal: { vault_id: input.vaultId } };
  } else if (input.vault) {
    const vault = input.vault;
    paymentSource = {
      paypal: {
        attributes: {
          ...(vault.customerId ? { customer: { id: vault.customerId } } : {}),
          vault: {
            store_in_vault: "ON_SUCCESS",
            usage_type: "MERCHANT",
            customer_type: "CONSUMER",
            ...(vault.usagePattern ? { usage_pattern: vault.usagePattern } : {}),
            ...(vault.permitMultiplePaymentTokens !== undefined
              ? { permit_multiple_payment_tokens: vault.permitMultiplePaymentTokens }
              : {}),
          },
        },
        ...(hasUrls ? { experience_context: urls } : {}),
      },
    };
  }
  // A plain order (no payment source yet: the buyer picks PayPal or a guest card in the SDK) can
  // only carry its URLs in the older application_context.
  const plain = !paymentSource && hasUrls;
  return {
    intent: "CAPTURE",
    purchase_units: [unit],
    ...(paymentSource ? { payment_source: paymentSource } : {}),
    ...(plain ? { application_context: urls } : {}),
  };
}

const ORDER_STATUSES: Record<string, PayPalOrderStatus> = {
  CREATED: "created",
  SAVED: "saved",
  APPROVED: "approved",
  VOIDED: "voided",
  COMPLETED: "completed",
  PAYER_ACTION_REQUIRED: "payer_action_required",
};

const CAPTURE_STATUSES: Record<string, PayPalCaptureStatus> = {
  COMPLETED: "completed",
  DECLINED: "declined",
  PARTIALLY_REFUNDED: "partially_refunded",
  PENDING: "pending",
  REFUNDED: "refunded",
  FAILED: "failed",
};

function moneyOf(wire: { currency_code: string; value: string } | undefined): Money {
  if (!wire) return { amountMinor: 0, currency: "USD" };
  const currency = wire.currency_code.toUpperCase();
  return { amountMinor: fromPayPalValue(wire.value, currency), currency };
}

export function toCapture(wire: CaptureWire): PayPalCapture {
  return {
    id: wire.id,
    status: CAPTURE_STATUSES[wire.status] ?? "pending",
    amount: moneyOf(wire.amount),
  };
}

export function toOrder(wire: OrderWire): PayPalOrder {
  const unit = wire.purchase_units?.[0];
  const capture = unit?.payments?.captures?.[0];
  const paypal = wire.payment_source?.paypal;
  const vault = paypal?.attributes?.vault;
  const source = wire.payment_source;
  const fundingSource = !source
    ? null
    : source.paypal
      ? "paypal"
      : source.card
        ? "card"
        : Object.keys(source).length
          ? "other"
          : null;
  const approve = wire.links?.find((l) => l.rel === "approve" || l.rel === "payer-action");
  return {
    id: wire.id,
    status: ORDER_STATUSES[wire.status] ?? "created",
    amount: moneyOf(unit?.amount),
    customId: unit?.custom_id ?? null,
    invoiceId: unit?.invoice_id ?? null,
    fundingSource,
    payerEmail: paypal?.email_address ?? wire.payer?.email_address ?? null,
    payerId: paypal?.account_id ?? wire.payer?.payer_id ?? null,
    capture: capture ? toCapture(capture) : null,
    vault:
      vault?.id && vault.customer?.id
        ? { vaultId: vault.id, customerId: vault.customer.id, status: vault.status ?? "VAULTED" }
        : null,
    approveUrl: approve?.href ?? null,
  };
}

export function toSavedAccount(wire: PaymentTokenWire, customerId?: string): PayPalSavedAccount {
  return {
    vaultId: wire.id,
    customerId: wire.customer?.id ?? customerId ?? "",
    payerEmail: wire.payment_source?.paypal?.email_address ?? null,
    payerId: wire.payment_source?.paypal?.payer_id ?? null,
  };
}

const captureResource = captureWire.extend({
  supplementary_data: z
    .object({ related_ids: z.object({ order_id: z.string().optional() }).optional() })
    .optional(),
});
const tokenResource = z.object({
  id: z.string(),
  customer: z.object({ id: z.string() }).optional(),
});
const orderResource = z.object({
  id: z.string(),
  purchase_units: z.array(z.object({ custom_id: z.string().optional() })).optional(),
});

/** A verified webhook's event, reduced to what the settlement needs (unknown types keep only ids). */
export function toWebhookEvent(wire: {
  id: string;
  event_type: string;
  create_time: string;
  resource: Record<string, unknown>;
}): PayPalWebhookEvent {
  const event: PayPalWebhookEvent = {
    id: wire.id,
    type: wire.event_type,
    createdAt: wire.create_time,
    capture: null,
    vaultToken: null,
    orderId: null,
    customId: null,
  };
  if (wire.event_type.startsWith("PAYMENT.CAPTURE.")) {
    const parsed = captureResource.safeParse(wire.resource);
    if (parsed.success) {
      const orderId = parsed.data.supplementary_data?.related_ids?.order_id ?? null;
      event.capture = {
        ...toCapture(parsed.data),
        orderId,
        customId: parsed.data.custom_id ?? null,
      };
      event.orderId = orderId;
      event.customId = parsed.data.custom_id ?? null;
    }
  } else if (wire.event_type.startsWith("VAULT.PAYMENT-TOKEN.")) {
    const parsed = tokenResource.safeParse(wire.resource);
    if (parsed.success) {
      event.vaultToken = { vaultId: parsed.data.id, customerId: parsed.data.customer?.id ?? null };
    }
  } else if (wire.event_type.startsWith("CHECKOUT.ORDER.")) {
    const parsed = orderResource.safeParse(wire.resource);
    if (parsed.success) {
      event.orderId = parsed.data.id;
      event.customId = parsed.data.purchase_units?.[0]?.custom_id ?? null;
    }
  }
  return event;
}
