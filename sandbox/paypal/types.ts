/** PayPal records in the sandbox state (money in minor units of the order's currency). */
export type PaypalOrderStatus = "CREATED" | "PAYER_ACTION_REQUIRED" | "APPROVED" | "COMPLETED";

/** Who approved an order: a sandbox buyer's PayPal account, or a guest card (never vaulted). */
export type PaypalSource =
  | { kind: "paypal"; buyer: string; payerId: string; email: string }
  | {
      kind: "card";
      name: string;
      email: string;
      lastDigits: string;
      brand: string;
      /** The test card approves but every capture on it is declined. */
      declinesOnCapture: boolean;
    };

export interface PaypalCapture {
  id: string;
  status: "COMPLETED" | "DECLINED";
  amountMinor: number;
  createdAt: string;
}

export interface PaypalOrder {
  id: string;
  clientId: string;
  intent: "CAPTURE" | "AUTHORIZE";
  status: PaypalOrderStatus;
  currency: string;
  amountMinor: number;
  referenceId: string;
  customId?: string;
  invoiceId?: string;
  description?: string;
  /** `payment_source.paypal.attributes.vault` as requested (store_in_vault ON_SUCCESS). */
  vaultRequest?: { usageType: string; customerType?: string; usagePattern?: string };
  /** Merchant-chosen PayPal customer id (`attributes.customer.id`), when sent. */
  customerId?: string;
  source?: PaypalSource;
  /** Set when the order was paid with a saved PayPal account (`payment_source.paypal.vault_id`). */
  vaultIdUsed?: string;
  /** The vault token created by this order's capture. */
  vaultedTokenId?: string;
  captures: PaypalCapture[];
  /** One-time value of the review page, so only a signed-in buyer can approve. */
  approvalKey?: { key: string; buyer: string };
  createdAt: string;
  updatedAt: string;
}

export interface PaypalVaultToken {
  id: string;
  clientId: string;
  customerId: string;
  buyer: string;
  payerId: string;
  email: string;
  usageType: string;
  customerType?: string;
  createdAt: string;
}

export interface PaypalTransmission {
  webhookId: string;
  eventId: string;
  time: string;
  sig: string;
  bodySha256: string;
}

export interface PaypalWebhookEvent {
  id: string;
  eventType: string;
  createdAt: string;
  transmissionId: string;
  /** The webhook dispatcher's delivery (absent when no endpoint was configured). */
  deliveryId?: string;
  body: string;
}

export interface PaypalState {
  accessTokens: Record<string, { clientId: string; expiresAt: number }>;
  orders: Record<string, PaypalOrder>;
  /** `PayPal-Request-Id` replay: `<client>|<method path>|<request id>` → the stored answer. */
  requests: Record<string, { status: number; body: string }>;
  vaultTokens: Record<string, PaypalVaultToken>;
  /** PayPal customer id per client and buyer, created on the first vaulting. */
  customers: Record<string, string>;
  transmissions: Record<string, PaypalTransmission>;
  events: PaypalWebhookEvent[];
}
