import type Stripe from "stripe";
import { z } from "zod";
import { UpstreamBadResponseError } from "@/lib/http";
import { createStripeSdk } from "./client";
import type { StripeConfig } from "./config";
import { toStripeFailure } from "./errors";
import { checkoutSessionSchema, paymentIntentSchema, paymentMethodSchema } from "./schemas";
import { toCheckoutSessionInfo, toPaymentIntentInfo, toSavedCard } from "./transform";
import type {
  CheckoutSessionInfo,
  PaymentIntentInfo,
  SavedCard,
  StripeWebhookEvent,
} from "./types";
import { verifyStripeWebhook } from "./webhook";

/**
 * The Stripe calls the portal makes, typed in its own terms. Every money-moving call takes an
 * idempotency key derived from a persisted row (e.g. `topup:<paymentId>`), so a retry after a crash
 * or a timeout can never charge twice. Failures are `StripeFailure` (see errors.ts).
 */
export type StripeGateway = {
  createCustomer(
    input: { email: string; name?: string; metadata?: Record<string, string> },
    idempotencyKey: string,
  ): Promise<{ customerId: string }>;
  /** Hosted Checkout for a top-up; `saveCard` only with the customer's explicit consent. */
  createCheckout(
    input: {
      customerId: string;
      amountMinor: number;
      currency: string;
      productName: string;
      saveCard: boolean;
      clientReferenceId: string;
      /** Copied onto the PaymentIntent, which is what the payment webhooks carry. */
      metadata: Record<string, string>;
      /** `{CHECKOUT_SESSION_ID}` is replaced by Stripe. */
      successUrl: string;
      cancelUrl: string;
      expiresAt?: Date;
    },
    idempotencyKey: string,
  ): Promise<{ sessionId: string; url: string }>;
  getCheckoutSession(sessionId: string): Promise<CheckoutSessionInfo>;
  /**
   * Closes an open Checkout Session so it can no longer be paid (abandoned or cancelled attempt).
   * Fails with `invalid_request` when the session is not open any more (paid or expired).
   */
  expireCheckoutSession(sessionId: string): Promise<CheckoutSessionInfo>;
  /**
   * Charges a saved card. Off-session (auto-refill): a card that needs 3-D Secure fails with
   * `StripeFailure` code `authentication_required`. On-session (customer present): the result may be
   * `requires_action` with `authenticationUrl`, after which Stripe returns to `returnUrl`.
   */
  chargeSavedCard(
    input: {
      customerId: string;
      paymentMethodId: string;
      amountMinor: number;
      currency: string;
      metadata: Record<string, string>;
      offSession: boolean;
      returnUrl?: string;
    },
    idempotencyKey: string,
  ): Promise<PaymentIntentInfo>;
  getPaymentIntent(paymentIntentId: string): Promise<PaymentIntentInfo>;
  /**
   * Cancels a PaymentIntent that has not succeeded (e.g. waiting for 3-D Secure nobody finished).
   * Fails with `invalid_request` when it succeeded or was cancelled already.
   */
  cancelPaymentIntent(paymentIntentId: string): Promise<PaymentIntentInfo>;
  listSavedCards(customerId: string): Promise<SavedCard[]>;
  getSavedCard(paymentMethodId: string): Promise<SavedCard | null>;
  detachCard(paymentMethodId: string): Promise<void>;
  refund(
    input: {
      paymentIntentId: string;
      amountMinor?: number;
      reason?: "duplicate" | "requested_by_customer";
    },
    idempotencyKey: string,
  ): Promise<{ refundId: string; amountMinor: number }>;
  /** Verifies the signature over the raw body and returns the typed event. */
  verifyWebhook(rawBody: string, signatureHeader: string | null): StripeWebhookEvent;
};

function parse<T>(schema: z.ZodType<T>, value: unknown, action: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new UpstreamBadResponseError({
      service: "stripe",
      action,
      message: `unexpected response shape: ${result.error.issues[0]?.message ?? "invalid"}`,
    });
  }
  return result.data;
}

async function call<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toStripeFailure(error, action);
  }
}

export function createStripeGateway(
  config: StripeConfig,
  sdk: Stripe = createStripeSdk(config),
): StripeGateway {
  return {
    async createCustomer(input, idempotencyKey) {
      const customer = await call("customers.create", () =>
        sdk.customers.create(
          { email: input.email, name: input.name, metadata: input.metadata },
          { idempotencyKey },
        ),
      );
      return { customerId: customer.id };
    },

    async createCheckout(input, idempotencyKey) {
      const session = await call("checkout.sessions.create", () =>
        sdk.checkout.sessions.create(
          {
            mode: "payment",
            customer: input.customerId,
            client_reference_id: input.clientReferenceId,
            line_items: [
              {
                quantity: 1,
                price_data: {
                  currency: input.currency.toLowerCase(),
                  unit_amount: input.amountMinor,
                  product_data: { name: input.productName },
                },
              },
            ],
            // Session metadata does not reach the PaymentIntent; the payment webhooks need it there.
            payment_intent_data: {
              metadata: input.metadata,
              ...(input.saveCard ? { setup_future_usage: "off_session" as const } : {}),
            },
            metadata: input.metadata,
            success_url: input.successUrl,
            cancel_url: input.cancelUrl,
            ...(input.expiresAt
              ? { expires_at: Math.floor(input.expiresAt.getTime() / 1000) }
              : {}),
          },
          { idempotencyKey },
        ),
      );
      const info = toCheckoutSessionInfo(
        parse(checkoutSessionSchema, session, "checkout.sessions.create"),
      );
      if (!info.url) {
        throw new UpstreamBadResponseError({
          service: "stripe",
          action: "checkout.sessions.create",
          message: "checkout session without url",
        });
      }
      return { sessionId: info.id, url: info.url };
    },

    async getCheckoutSession(sessionId) {
      const session = await call("checkout.sessions.retrieve", () =>
        sdk.checkout.sessions.retrieve(sessionId, { expand: ["payment_intent.payment_method"] }),
      );
      return toCheckoutSessionInfo(
        parse(checkoutSessionSchema, session, "checkout.sessions.retrieve"),
      );
    },

    async expireCheckoutSession(sessionId) {
      const session = await call("checkout.sessions.expire", () =>
        sdk.checkout.sessions.expire(sessionId),
      );
      return toCheckoutSessionInfo(
        parse(checkoutSessionSchema, session, "checkout.sessions.expire"),
      );
    },

    async chargeSavedCard(input, idempotencyKey) {
      const intent = await call("payment_intents.create", () =>
        sdk.paymentIntents.create(
          {
            amount: input.amountMinor,
            currency: input.currency.toLowerCase(),
            customer: input.customerId,
            payment_method: input.paymentMethodId,
            confirm: true,
            off_session: input.offSession,
            metadata: input.metadata,
            // Stripe refuses to confirm without a return_url unless redirects are ruled out; a
            // saved card charged with nobody present (auto-refill) has nowhere to return to.
            ...(input.returnUrl
              ? { return_url: input.returnUrl }
              : {
                  automatic_payment_methods: { enabled: true, allow_redirects: "never" as const },
                }),
            expand: ["payment_method"],
          },
          { idempotencyKey },
        ),
      );
      return toPaymentIntentInfo(parse(paymentIntentSchema, intent, "payment_intents.create"));
    },

    async getPaymentIntent(paymentIntentId) {
      const intent = await call("payment_intents.retrieve", () =>
        sdk.paymentIntents.retrieve(paymentIntentId, { expand: ["payment_method"] }),
      );
      return toPaymentIntentInfo(parse(paymentIntentSchema, intent, "payment_intents.retrieve"));
    },

    async cancelPaymentIntent(paymentIntentId) {
      const intent = await call("payment_intents.cancel", () =>
        sdk.paymentIntents.cancel(paymentIntentId),
      );
      return toPaymentIntentInfo(parse(paymentIntentSchema, intent, "payment_intents.cancel"));
    },

    async listSavedCards(customerId) {
      const list = await call("customers.listPaymentMethods", () =>
        sdk.customers.listPaymentMethods(customerId, { type: "card", limit: 100 }),
      );
      return list.data
        .map((pm) => toSavedCard(parse(paymentMethodSchema, pm, "customers.listPaymentMethods")))
        .filter((card): card is SavedCard => card !== null);
    },

    async getSavedCard(paymentMethodId) {
      const pm = await call("payment_methods.retrieve", () =>
        sdk.paymentMethods.retrieve(paymentMethodId),
      );
      return toSavedCard(parse(paymentMethodSchema, pm, "payment_methods.retrieve"));
    },

    async detachCard(paymentMethodId) {
      await call("payment_methods.detach", () => sdk.paymentMethods.detach(paymentMethodId));
    },

    async refund(input, idempotencyKey) {
      const refund = await call("refunds.create", () =>
        sdk.refunds.create(
          {
            payment_intent: input.paymentIntentId,
            ...(input.amountMinor !== undefined ? { amount: input.amountMinor } : {}),
            ...(input.reason ? { reason: input.reason } : {}),
          },
          { idempotencyKey },
        ),
      );
      return { refundId: refund.id, amountMinor: refund.amount };
    },

    verifyWebhook(rawBody, signatureHeader) {
      return verifyStripeWebhook(sdk, rawBody, signatureHeader, config.webhookSecret);
    },
  };
}
