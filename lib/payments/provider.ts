/**
 * How a way of collecting money plugs into the saga (docs/payments-saga.md, "Adding a provider").
 * The saga owns ordering, WHMCS recording, funding and notifying; a provider only moves money and
 * reports the truth about it. Every operation must be safe to call again with the same attempt:
 * use `attempt.idempotencyKey` as the provider's own idempotency key (Stripe `Idempotency-Key`,
 * PayPal `PayPal-Request-Id`) and look up `attempt.providerRef` before creating anything new.
 */

import type { SavedMethodReport } from "./saved-methods";

/** Read-only view of one payment attempt, as the provider needs it. Money in minor units. */
export type ProviderAttempt = {
  paymentId: string;
  accountId: string;
  idempotencyKey: string;
  purpose: string;
  method: string;
  currency: string;
  /** Net amount (what the platform is funded with). */
  amountMinor: number;
  /** Gross amount to charge (net + tax), read from the WHMCS invoice. */
  totalMinor: number;
  whmcsClientId: number;
  whmcsInvoiceId: number;
  /** The provider's object from an earlier start (session, order…), if any. */
  providerRef: string | null;
  /** Saved method (PaymentMethod.providerTokenId) for off-session / saved-card payments. */
  savedTokenId: string | null;
  /** The customer opted in to keep the card / PayPal account for future payments. */
  saveMethod: boolean;
  /** Auto-refill: nobody is at the keyboard, so no redirect or 3-D Secure is possible. */
  offSession: boolean;
  /** The portal account's email (provider customer records, receipts). */
  accountEmail: string;
  /** Where the provider sends the customer back to (the portal's return page for this attempt). */
  returnUrl: string | null;
  /** Where "cancel" / "back to the merchant" at the provider leads (cancels this attempt). */
  cancelUrl: string | null;
};

/** The provider's view of the attempt. */
export type ProviderOutcome =
  /** Money is captured; `transactionId` goes to WHMCS as `transid` (unique per provider). */
  | {
      kind: "captured";
      transactionId: string;
      amountMinor: number;
      providerRef?: string;
      /** The card / PayPal account kept for future payments (only when `attempt.saveMethod`). */
      savedMethod?: SavedMethodReport;
    }
  /** Waiting for the customer at `actionUrl` (hosted checkout, PayPal approval) or for the provider. */
  | {
      kind: "pending";
      providerRef: string;
      actionUrl?: string;
      /**
       * The customer tried and the bank said no (card_declined, insufficient_funds,
       * authentication_failed …) but may still try again at the provider. If they give up
       * (cancel), this reason is what they are told.
       */
      lastDecline?: string;
    }
  /** The bank asks for 3-D Secure; the customer must come back on-session. */
  | { kind: "needs_authentication"; providerRef?: string; actionUrl?: string }
  /** Definitely not paid (declined, expired, cancelled by the customer). */
  | { kind: "failed"; reason: string; providerRef?: string };

export interface PaymentProvider {
  /** Stored in Payment.provider, e.g. "whmcs-credit", "stripe", "paypal". */
  readonly id: string;
  /** WHMCS gateway module for AddOrder and AddInvoicePayment, e.g. "stripe", "paypalcheckout". */
  readonly whmcsGateway: string;
  /**
   * True when collecting the money already settles the WHMCS invoice (WHMCS credit), so the saga
   * must not add an invoice payment on top.
   */
  readonly settlesInvoiceItself: boolean;
  /**
   * Begin collecting: create (or find again) the provider's object for this attempt. Called only
   * after the customer confirmed the order (Payment.confirmedAt), never for an unconfirmed quote.
   */
  start(attempt: ProviderAttempt): Promise<ProviderOutcome>;
  /**
   * Ask the provider what became of the attempt (webhook arrived, customer returned, or a timer).
   * May be called with `providerRef` null (an unconfirmed quote being abandoned): answer pending.
   */
  confirm(attempt: ProviderAttempt): Promise<ProviderOutcome>;
  /** Stop an attempt that was never paid (abandoned checkout). Optional; must not fail if done. */
  cancel?(attempt: ProviderAttempt): Promise<void>;
  /**
   * Remove a saved card / vaulted PayPal account at the provider ("Payment methods" → Remove).
   * Must not fail when it is already gone.
   */
  forgetMethod?(providerTokenId: string): Promise<void>;
}

export class UnknownProviderError extends Error {
  override name = "UnknownProviderError";
}

/** The providers of this process, by id. Stripe and PayPal register themselves here. */
export class ProviderRegistry {
  private readonly providers = new Map<string, PaymentProvider>();

  constructor(initial: PaymentProvider[] = []) {
    for (const provider of initial) this.register(provider);
  }

  register(provider: PaymentProvider): this {
    this.providers.set(provider.id, provider);
    return this;
  }

  get(id: string): PaymentProvider {
    const provider = this.providers.get(id);
    if (!provider) throw new UnknownProviderError(`No payment provider "${id}" is registered`);
    return provider;
  }

  has(id: string): boolean {
    return this.providers.has(id);
  }
}
