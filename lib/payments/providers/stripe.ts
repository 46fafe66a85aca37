import {
  StripeFailure,
  type CardFailureCode,
  type CheckoutSessionInfo,
  type StripeGateway,
} from "@/lib/stripe";
import type { PaymentProvider, ProviderAttempt, ProviderOutcome } from "../provider";
import type { ProviderCustomers } from "../provider-customers";
import type { SavedMethodReport } from "../saved-methods";
import { declineReason, intentOutcome, isSessionPaid, sessionOutcome } from "./stripe-outcomes";

/** Payment.provider and the ProviderCustomer / PaymentMethod rows of card payments. */
export const STRIPE_PROVIDER_ID = "stripe";
/** WHMCS' Stripe gateway module: the order's payment method and AddInvoicePayment's gateway. */
export const STRIPE_WHMCS_GATEWAY = "stripe";

/**
 * Card payments through Stripe (docs/payments-saga.md, "Adding a provider"):
 * - a new card goes to Stripe's hosted Checkout (3-D Secure happens there; the card is kept only
 *   with the customer's opt-in, `setup_future_usage=off_session`);
 * - a saved card is charged with a PaymentIntent, on-session with a 3-D Secure redirect when the
 *   bank asks, or off-session (auto-refill), where a bank asking for 3-D Secure is a failure.
 * Every create call carries the attempt's idempotency key, so repeating `start` never charges
 * twice; the stored `providerRef` (cs_… / pi_…) is what `confirm` and `cancel` read.
 */
export function createStripeProvider(
  stripe: StripeGateway,
  customers: ProviderCustomers,
  options: { merchantName: string },
): PaymentProvider {
  /** One Stripe customer per portal account, so every saved card hangs off the same one. */
  const customerOf = (a: ProviderAttempt) =>
    customers.ensure(a.accountId, STRIPE_PROVIDER_ID, async () => {
      const created = await stripe.createCustomer(
        { email: a.accountEmail, metadata: { accountId: a.accountId } },
        `customer:${a.accountId}`,
      );
      return created.customerId;
    });

  // The webhook intake finds the attempt from `paymentId` (lib/data/webhook-intake.ts).
  const metadataOf = (a: ProviderAttempt): Record<string, string> => ({
    paymentId: a.paymentId,
    accountId: a.accountId,
    purpose: a.purpose,
    invoiceId: String(a.whmcsInvoiceId),
  });

  async function newCardCheckout(a: ProviderAttempt, customerId: string) {
    if (!a.returnUrl || !a.cancelUrl) {
      throw new Error("Stripe Checkout needs the portal's return and cancel URLs (PORTAL_URL)");
    }
    const session = await stripe.createCheckout(
      {
        customerId,
        amountMinor: a.totalMinor,
        currency: a.currency,
        // Language-neutral: the line Stripe's page and receipt show, matching the WHMCS invoice.
        productName: `${options.merchantName} #${a.whmcsInvoiceId}`,
        saveCard: a.saveMethod,
        clientReferenceId: a.paymentId,
        metadata: metadataOf(a),
        successUrl: a.returnUrl,
        cancelUrl: a.cancelUrl,
      },
      a.idempotencyKey,
    );
    return { kind: "pending", providerRef: session.sessionId, actionUrl: session.url } as const;
  }

  async function chargeSavedCard(
    a: ProviderAttempt,
    paymentMethodId: string,
    customerId: string,
  ): Promise<ProviderOutcome> {
    try {
      const intent = await stripe.chargeSavedCard(
        {
          customerId,
          paymentMethodId,
          amountMinor: a.totalMinor,
          currency: a.currency,
          metadata: metadataOf(a),
          offSession: a.offSession,
          // On-session, the bank's 3-D Secure page sends the customer back to the return page.
          ...(!a.offSession && a.returnUrl ? { returnUrl: a.returnUrl } : {}),
        },
        a.idempotencyKey,
      );
      return intentOutcome(intent);
    } catch (error) {
      // Declined, or (off-session) the bank wants the customer present: a definite answer.
      // Outages and our own mistakes are thrown on, for the saga to retry or refuse.
      if (error instanceof StripeFailure && error.isCardFailure) {
        return {
          kind: "failed",
          // isCardFailure: the code is one of lib/stripe's CardFailureCode values.
          reason: declineReason({
            code: error.code as CardFailureCode,
            stripeCode: error.stripeCode,
            declineCode: error.declineCode,
          }),
          ...(error.paymentIntentId ? { providerRef: error.paymentIntentId } : {}),
        };
      }
      throw error;
    }
  }

  /** The card Checkout kept on the customer (only asked for when the customer opted in). */
  async function savedCardOf(session: CheckoutSessionInfo): Promise<SavedMethodReport | null> {
    const paymentMethodId = session.paymentIntent?.paymentMethodId;
    if (!paymentMethodId || !session.customerId) return null;
    const card = await stripe.getSavedCard(paymentMethodId);
    if (!card || card.customerId !== session.customerId) return null;
    return {
      providerTokenId: card.paymentMethodId,
      kind: "card",
      display: {
        brand: card.brand,
        last4: card.last4,
        expMonth: card.expMonth,
        expYear: card.expYear,
      },
      customerId: card.customerId,
    };
  }

  async function confirm(a: ProviderAttempt): Promise<ProviderOutcome> {
    const ref = a.providerRef;
    // Nothing was started (a quote being abandoned). The saga stores a pending answer's ref only
    // when leaving needs_authentication, which always has a PaymentIntent ref; "" is never kept.
    if (!ref) return { kind: "pending", providerRef: "" };
    if (ref.startsWith("cs_")) {
      const session = await stripe.getCheckoutSession(ref);
      const saved = a.saveMethod && isSessionPaid(session) ? await savedCardOf(session) : null;
      return sessionOutcome(session, saved);
    }
    if (ref.startsWith("pi_")) return intentOutcome(await stripe.getPaymentIntent(ref));
    throw new Error(`Unknown Stripe reference for payment ${a.paymentId}`);
  }

  return {
    id: STRIPE_PROVIDER_ID,
    whmcsGateway: STRIPE_WHMCS_GATEWAY,
    settlesInvoiceItself: false,

    async start(a) {
      // Started before (the state write may have been lost): read it instead of creating.
      if (a.providerRef) return confirm(a);
      if (a.offSession && !a.savedTokenId) return { kind: "failed", reason: "no_saved_method" };
      const customerId = await customerOf(a);
      return a.savedTokenId
        ? chargeSavedCard(a, a.savedTokenId, customerId)
        : newCardCheckout(a, customerId);
    },

    confirm,

    async cancel(a) {
      const ref = a.providerRef;
      if (!ref) return;
      if (ref.startsWith("cs_")) {
        await tolerateFinished(
          () => stripe.expireCheckoutSession(ref),
          async () => (await stripe.getCheckoutSession(ref)).status === "expired",
        );
      } else if (ref.startsWith("pi_")) {
        await tolerateFinished(
          () => stripe.cancelPaymentIntent(ref),
          async () => (await stripe.getPaymentIntent(ref)).status === "canceled",
        );
      }
    },

    async forgetMethod(paymentMethodId) {
      await tolerateFinished(
        () => stripe.detachCard(paymentMethodId),
        async () => {
          const card = await stripe.getSavedCard(paymentMethodId).catch((error: unknown) => {
            if (error instanceof StripeFailure && error.code === "not_found") return null;
            throw error;
          });
          return card === null || card.customerId === null;
        },
      );
    },
  };
}

/**
 * Runs a closing call; when Stripe refuses it because of the object's state, `alreadyDone` decides
 * whether that state is the one we wanted (expired, cancelled, detached) or something else — a
 * session paid in the meantime must not be taken for cancelled, so that error is thrown on.
 */
async function tolerateFinished(
  close: () => Promise<unknown>,
  alreadyDone: () => Promise<boolean>,
): Promise<void> {
  try {
    await close();
  } catch (error) {
    if (!(error instanceof StripeFailure)) throw error;
    if (error.code === "not_found") return;
    if (error.code !== "invalid_request" || !(await alreadyDone())) throw error;
  }
}
