import type { Money } from "@/lib/billing/money";

/** Domain types of the PayPal client; PayPal's field names never leave lib/paypal. */
export type PayPalOrderStatus =
  "created" | "saved" | "approved" | "voided" | "completed" | "payer_action_required";

export type PayPalCaptureStatus =
  "completed" | "declined" | "partially_refunded" | "pending" | "refunded" | "failed";

export type PayPalCapture = { id: string; status: PayPalCaptureStatus; amount: Money };

/** A PayPal account saved in PayPal's vault (a payment token) for charges without the buyer. */
export type PayPalVaultedAccount = {
  /** The vault id (payment token id) to charge later. */
  vaultId: string;
  /** PayPal's customer id, to list the saved accounts of one portal account. */
  customerId: string;
  status: string;
};

export type PayPalOrder = {
  id: string;
  status: PayPalOrderStatus;
  amount: Money;
  customId: string | null;
  invoiceId: string | null;
  /** What the buyer paid with: a PayPal account, or a card as a guest (never saved). */
  fundingSource: "paypal" | "card" | "other" | null;
  payerEmail: string | null;
  payerId: string | null;
  /** The first capture, once the order was captured. */
  capture: PayPalCapture | null;
  /** Set when the capture saved the PayPal account (vault on success). */
  vault: PayPalVaultedAccount | null;
  /** Where a buyer approves the order (only while it waits for approval). */
  approveUrl: string | null;
};

export type PayPalSavedAccount = {
  vaultId: string;
  customerId: string;
  payerEmail: string | null;
  payerId: string | null;
};

export type CreateOrderInput = {
  /** PayPal-Request-Id: derive from a persisted row and reuse it on retry (exactly-once). */
  requestId: string;
  amountMinor: number;
  currency: string;
  /** Our reference (e.g. the payment attempt id), returned on captures and webhooks. */
  customId?: string;
  invoiceId?: string;
  description?: string;
  /** Save the buyer's PayPal account on a successful capture (only with the buyer's consent). */
  vault?:
    | {
        customerId?: string;
        usagePattern?: "IMMEDIATE" | "DEFERRED" | "THRESHOLD_PREPAID";
        /**
         * false (PayPal's default): saving the same PayPal account for the same customer again
         * answers the token it already has instead of a second one.
         */
        permitMultiplePaymentTokens?: boolean;
      }
    | false;
  /**
   * Where PayPal sends the buyer after approving / cancelling when it redirects instead of using
   * the JS SDK's popup (`experience_context` for PayPal-sourced orders, `application_context`
   * otherwise).
   */
  returnUrl?: string;
  cancelUrl?: string;
  /** Charge a saved PayPal account without the buyer; the order completes (or fails) at once. */
  vaultId?: string;
  /** PayPal sandbox negative testing (`PayPal-Mock-Response`), e.g. "INSTRUMENT_DECLINED". Tests only. */
  mockApplicationCode?: string;
};

export type CaptureOrderInput = {
  requestId: string;
  mockApplicationCode?: string;
};

/** The five PAYPAL-* transmission headers of a webhook delivery plus its raw body. */
export type WebhookDelivery = {
  headers: Headers | Record<string, string | string[] | undefined>;
  rawBody: string;
};

export type PayPalWebhookEvent = {
  id: string;
  type: string;
  createdAt: string;
  /** For PAYMENT.CAPTURE.*: the capture, its order and our custom id. */
  capture: (PayPalCapture & { orderId: string | null; customId: string | null }) | null;
  /** For VAULT.PAYMENT-TOKEN.*: the token id and customer. */
  vaultToken: { vaultId: string; customerId: string | null } | null;
  /** For CHECKOUT.ORDER.* and PAYMENT.CAPTURE.*: the order id. */
  orderId: string | null;
  /** Our reference (custom_id) from the capture or the order's first purchase unit. */
  customId: string | null;
};
