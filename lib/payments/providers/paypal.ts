import {
  PayPalAlreadyCapturedError,
  PayPalDeclinedError,
  PayPalNotApprovedError,
  PayPalNotFoundError,
  type PayPalClient,
  type PayPalOrder,
} from "@/lib/paypal";
import type { PaymentProvider, ProviderAttempt, ProviderOutcome } from "../provider";
import type { ProviderCustomers } from "../provider-customers";
import {
  outcomeOfOrder,
  PAYPAL_REASONS,
  PAYPAL_WHMCS_GATEWAY,
  paypalRequestId,
} from "./paypal-outcome";

/**
 * PayPal (Orders v2 + Vault v3) as a saga provider (docs/payments-saga.md, payments.md §2).
 *
 * With the buyer present, `start` only creates the order; the PayPal buttons
 * (components/payments/paypal-checkout.tsx) get its id, the buyer approves in PayPal's window, and
 * whoever comes first — the page's onApprove, the CHECKOUT.ORDER.APPROVED webhook, the return page
 * or the reconciliation sweep — runs `confirm`, which captures. A saved PayPal account (auto-refill,
 * or "pay with my saved account") is charged server-side by its vault id.
 *
 * Exactly once: the order is created with PayPal-Request-Id = the attempt's key and captured with
 * `<key>:capture`, so a repeat (lost answer, second runner) gets PayPal's stored answer; an order
 * already COMPLETED is read, never captured again.
 */
export const PAYPAL_PROVIDER_ID = "paypal";

export type PayPalProviderDeps = {
  paypal: PayPalClient;
  /** The account's PayPal customer (set by an earlier saved account), so tokens share one customer. */
  customers?: Pick<ProviderCustomers, "find">;
};

export function createPayPalProvider(deps: PayPalProviderDeps): PaymentProvider {
  const { paypal } = deps;

  /** Settles an order's state into an outcome, capturing an APPROVED one (once, by request id). */
  async function settleOrder(order: PayPalOrder, a: ProviderAttempt): Promise<ProviderOutcome> {
    const known = outcomeOfOrder(order, a);
    if (known) return known;
    try {
      const captured = await paypal.captureOrder(order.id, {
        requestId: paypalRequestId(a.idempotencyKey, "capture"),
      });
      return outcomeOfOrder(captured, a) ?? { kind: "pending", providerRef: order.id };
    } catch (error) {
      if (error instanceof PayPalDeclinedError) {
        // The order stays APPROVED at PayPal, but this attempt's capture id has its answer (a
        // repeat would be declined again): the attempt fails and the customer starts a new one.
        return { kind: "failed", reason: PAYPAL_REASONS.declined, providerRef: order.id };
      }
      if (error instanceof PayPalAlreadyCapturedError) {
        // Captured by an earlier run whose answer got lost: read the capture instead.
        const again = await paypal.getOrder(order.id);
        return outcomeOfOrder(again, a) ?? { kind: "pending", providerRef: order.id };
      }
      if (error instanceof PayPalNotApprovedError)
        return { kind: "pending", providerRef: order.id };
      throw error;
    }
  }

  /** Auto-refill or a saved account: no buyer, PayPal charges the vaulted account at once. */
  async function chargeSavedAccount(a: ProviderAttempt, vaultId: string) {
    let order: PayPalOrder;
    try {
      order = await paypal.createOrder({
        ...orderBasics(a),
        requestId: paypalRequestId(a.idempotencyKey, "create"),
        vaultId,
      });
    } catch (error) {
      if (error instanceof PayPalDeclinedError) {
        return { kind: "failed", reason: PAYPAL_REASONS.declined } as const;
      }
      if (error instanceof PayPalNotFoundError) {
        return { kind: "failed", reason: PAYPAL_REASONS.noSavedAccount } as const;
      }
      throw error;
    }
    // PayPal may answer COMPLETED straight away or APPROVED (capture still to do): handle both.
    return settleOrder(order, a);
  }

  async function createBuyerOrder(a: ProviderAttempt): Promise<ProviderOutcome> {
    const customerId = a.saveMethod
      ? ((await deps.customers?.find(a.accountId, PAYPAL_PROVIDER_ID)) ?? undefined)
      : undefined;
    const order = await paypal.createOrder({
      ...orderBasics(a),
      requestId: paypalRequestId(a.idempotencyKey, "create"),
      ...(a.saveMethod
        ? {
            vault: {
              usagePattern: "THRESHOLD_PREPAID" as const,
              permitMultiplePaymentTokens: false,
              ...(customerId ? { customerId } : {}),
            },
          }
        : {}),
      ...(a.returnUrl ? { returnUrl: a.returnUrl } : {}),
      ...(a.cancelUrl ? { cancelUrl: a.cancelUrl } : {}),
    });
    // No actionUrl: the JS SDK opens PayPal's window for this order id.
    return outcomeOfOrder(order, a) ?? settleOrder(order, a);
  }

  /** The order behind `providerRef`; an order PayPal no longer knows expired unpaid. */
  async function settleRef(ref: string, a: ProviderAttempt): Promise<ProviderOutcome> {
    let order: PayPalOrder;
    try {
      order = await paypal.getOrder(ref);
    } catch (error) {
      if (!(error instanceof PayPalNotFoundError)) throw error;
      return { kind: "failed", reason: PAYPAL_REASONS.cancelled, providerRef: ref };
    }
    return settleOrder(order, a);
  }

  return {
    id: PAYPAL_PROVIDER_ID,
    whmcsGateway: PAYPAL_WHMCS_GATEWAY,
    settlesInvoiceItself: false,

    async start(a) {
      if (a.providerRef) return settleRef(a.providerRef, a);
      if (a.savedTokenId) return guardAmount(() => chargeSavedAccount(a, a.savedTokenId!));
      if (a.offSession) return { kind: "failed", reason: PAYPAL_REASONS.noSavedAccount };
      return guardAmount(() => createBuyerOrder(a));
    },

    async confirm(a) {
      if (!a.providerRef) {
        // Nothing was started (a quote being abandoned). The saga stores no ref from confirm()
        // while it waits, so the empty ref here is never written to the payment.
        return { kind: "pending", providerRef: "" };
      }
      return settleRef(a.providerRef, a);
    },

    async cancel() {
      // An order the buyer never approved cannot be voided through Orders v2 (only authorizations
      // can); PayPal lets it expire. The WHMCS order is cancelled by the saga.
    },

    async forgetMethod(vaultId) {
      // false = already gone at PayPal, which is what "remove" wanted.
      await paypal.deletePaymentToken(vaultId);
    },
  };
}

function orderBasics(a: ProviderAttempt) {
  return {
    amountMinor: a.totalMinor,
    currency: a.currency,
    // PayPal returns both on captures and webhooks: how an event finds its attempt.
    customId: a.paymentId,
    invoiceId: a.paymentId,
  };
}

/** toPayPalValue refuses amounts PayPal cannot express (e.g. TWD with cents): fail, don't retry. */
async function guardAmount(run: () => Promise<ProviderOutcome>): Promise<ProviderOutcome> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof RangeError) return { kind: "failed", reason: PAYPAL_REASONS.currency };
    throw error;
  }
}
