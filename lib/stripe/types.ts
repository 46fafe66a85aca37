import type { CardFailureCode } from "./errors";

/** Domain shapes the rest of the portal sees: no Stripe field names, money in minor units. */
export type CardDisplay = {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
};

export type SavedCard = CardDisplay & {
  paymentMethodId: string;
  customerId: string | null;
};

export type PaymentIntentStatus =
  | "requires_payment_method"
  | "requires_confirmation"
  | "requires_action"
  | "processing"
  | "requires_capture"
  | "canceled"
  | "succeeded";

export type PaymentFailure = {
  code: CardFailureCode;
  /** Stripe's own codes, for logs only. */
  stripeCode: string | null;
  declineCode: string | null;
};

export type PaymentIntentInfo = {
  id: string;
  amountMinor: number;
  amountReceivedMinor: number;
  /** ISO 4217, upper case. */
  currency: string;
  status: PaymentIntentStatus;
  customerId: string | null;
  paymentMethodId: string | null;
  /** Only when the payment method came expanded (`getPaymentIntent`, `getCheckoutSession`). */
  card: CardDisplay | null;
  metadata: Record<string, string>;
  lastFailure: PaymentFailure | null;
  /** Where to send the customer for 3-D Secure when `requires_action`. */
  authenticationUrl: string | null;
  createdAt: Date;
};

export type CheckoutSessionInfo = {
  id: string;
  status: "open" | "complete" | "expired" | null;
  paid: boolean;
  paymentIntentId: string | null;
  /** When `getCheckoutSession` expanded it. */
  paymentIntent: PaymentIntentInfo | null;
  customerId: string | null;
  clientReferenceId: string | null;
  metadata: Record<string, string>;
  amountTotalMinor: number | null;
  currency: string | null;
  url: string | null;
};

type EventBase = { eventId: string; createdAt: Date; livemode: boolean };

export type StripeWebhookEvent =
  | (EventBase & {
      kind: "payment_intent";
      type:
        | "payment_intent.succeeded"
        | "payment_intent.payment_failed"
        | "payment_intent.canceled"
        | "payment_intent.processing"
        | "payment_intent.requires_action";
      paymentIntent: PaymentIntentInfo;
    })
  | (EventBase & {
      kind: "checkout_session";
      type:
        | "checkout.session.completed"
        | "checkout.session.expired"
        | "checkout.session.async_payment_succeeded"
        | "checkout.session.async_payment_failed";
      session: CheckoutSessionInfo;
    })
  | (EventBase & {
      kind: "payment_method";
      type: "payment_method.attached" | "payment_method.detached" | "payment_method.updated";
      paymentMethodId: string;
      card: SavedCard | null;
      /** For `detached` (then `card.customerId` is null): whose card it was. */
      previousCustomerId: string | null;
    })
  /** Anything else: acknowledge and log, never drop silently. */
  | (EventBase & { kind: "other"; type: string });
