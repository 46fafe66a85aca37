/**
 * What the Stripe emulator remembers (part of the persisted sandbox state). Times are Unix seconds
 * like Stripe's; money is integer minor units; ids carry Stripe's prefixes.
 */
export type Metadata = Record<string, string>;

export interface StripeCustomerRecord {
  id: string;
  email: string | null;
  name: string | null;
  description: string | null;
  metadata: Metadata;
  defaultPaymentMethod: string | null;
  created: number;
}

export interface StripePaymentMethodRecord {
  id: string;
  customer: string | null;
  /** The test PAN, kept only so later charges behave like the card; never sent out. */
  cardNumber: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  name: string | null;
  email: string | null;
  /** Saved with `setup_future_usage=off_session` after the bank was satisfied (3-D Secure passed or not asked). */
  offSessionReady: boolean;
  metadata: Metadata;
  created: number;
}

export type PaymentIntentStatus =
  | "requires_payment_method"
  | "requires_confirmation"
  | "requires_action"
  | "processing"
  | "succeeded"
  | "canceled";

export interface PaymentErrorRecord {
  type: "card_error" | "invalid_request_error";
  code: string;
  declineCode?: string;
  message: string;
  paymentMethod: string | null;
}

export interface StripePaymentIntentRecord {
  id: string;
  amount: number;
  amountReceived: number;
  amountRefunded: number;
  currency: string;
  status: PaymentIntentStatus;
  customer: string | null;
  paymentMethod: string | null;
  metadata: Metadata;
  description: string | null;
  receiptEmail: string | null;
  setupFutureUsage: "on_session" | "off_session" | null;
  offSession: boolean;
  returnUrl: string | null;
  clientSecret: string;
  lastError: PaymentErrorRecord | null;
  /** The 3-D Secure challenge the buyer must pass while `requires_action`. */
  challenge: string | null;
  latestCharge: string | null;
  checkoutSession: string | null;
  canceledAt: number | null;
  cancellationReason: string | null;
  created: number;
}

export interface LineItemRecord {
  name: string;
  unitAmount: number;
  quantity: number;
}

export interface StripeCheckoutSessionRecord {
  id: string;
  mode: "payment";
  status: "open" | "complete" | "expired";
  paymentStatus: "unpaid" | "paid";
  currency: string;
  amountTotal: number;
  lineItems: LineItemRecord[];
  customer: string | null;
  customerEmail: string | null;
  clientReferenceId: string | null;
  metadata: Metadata;
  paymentIntentData: {
    metadata: Metadata;
    setupFutureUsage: "on_session" | "off_session" | null;
    description: string | null;
  };
  paymentIntent: string | null;
  /** What the buyer typed on the hosted page (Stripe's `customer_details`). */
  customerDetails: { email: string | null; name: string | null } | null;
  successUrl: string;
  cancelUrl: string | null;
  expiresAt: number;
  created: number;
}

/** A pending "Purchase Authentication" (3-D Secure) for one PaymentIntent. */
export interface StripeChallengeRecord {
  id: string;
  paymentIntent: string;
  /** Set when the challenge came from the hosted checkout page (then we go back there). */
  checkoutSession: string | null;
  done: boolean;
  created: number;
}

export interface StripeRefundRecord {
  id: string;
  amount: number;
  currency: string;
  paymentIntent: string;
  charge: string;
  reason: string | null;
  metadata: Metadata;
  created: number;
}

export interface StripeEventRecord {
  id: string;
  type: string;
  created: number;
  /** Snapshot of `data.object` at the time of the event (as Stripe does). */
  object: unknown;
  /** Stripe's `data.previous_attributes` (e.g. the customer a card was detached from). */
  previousAttributes?: Record<string, unknown>;
}

export interface IdempotencyRecord {
  method: string;
  path: string;
  params: string;
  status: number;
  body: unknown;
  created: number;
}

export interface StripeState {
  customers: Record<string, StripeCustomerRecord>;
  paymentMethods: Record<string, StripePaymentMethodRecord>;
  paymentIntents: Record<string, StripePaymentIntentRecord>;
  checkoutSessions: Record<string, StripeCheckoutSessionRecord>;
  challenges: Record<string, StripeChallengeRecord>;
  refunds: Record<string, StripeRefundRecord>;
  /** Newest last, capped (see events.ts). */
  events: StripeEventRecord[];
  /** Keyed by `<api key>\n<Idempotency-Key>`; pruned after 24 h like Stripe. */
  idempotency: Record<string, IdempotencyRecord>;
}

export function emptyStripeState(): StripeState {
  return {
    customers: {},
    paymentMethods: {},
    paymentIntents: {},
    checkoutSessions: {},
    challenges: {},
    refunds: {},
    events: [],
    idempotency: {},
  };
}
