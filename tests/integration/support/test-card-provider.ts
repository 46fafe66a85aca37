import type { PaymentProvider, ProviderAttempt, ProviderOutcome } from "@/lib/payments/provider";

/**
 * A stand-in card provider for the saga tests, built like a real PSP integration: one charge per
 * idempotency key however often `start` is called (as Stripe's Idempotency-Key guarantees), and in
 * "checkout" mode the money arrives only when the test says the customer paid (a webhook's cause).
 * It records charges so tests can assert "exactly one charge"; WHMCS and the platform stay real.
 */
export type TestCardProvider = PaymentProvider & {
  mode: "instant" | "checkout";
  /** Distinct charges by idempotency key, and how often start() was called. */
  charges: Map<string, number>;
  startCalls: number;
  /** The customer completes the hosted checkout of this attempt. */
  completeCheckout(idempotencyKey: string): void;
  /**
   * How the bank answers an off-session charge of a saved card (auto-refill): null charges it;
   * "needs_authentication" asks for 3-D Secure; any other text declines with that code.
   */
  offSessionAnswer: string | null;
  /** Saved card tokens removed through forgetMethod, in order; `forgetFails` makes it throw. */
  forgotten: string[];
  forgetFails: boolean;
  /** The saved card token each off-session charge was made with. */
  offSessionTokens: string[];
};

export function createTestCardProvider(mode: "instant" | "checkout"): TestCardProvider {
  const paidCheckouts = new Set<string>();
  const awaitingAuthentication = new Set<string>();
  const txOf = (a: ProviderAttempt) => `ch_${a.idempotencyKey}`;
  const captured = (a: ProviderAttempt): ProviderOutcome => ({
    kind: "captured",
    transactionId: txOf(a),
    amountMinor: a.totalMinor,
  });
  const provider: TestCardProvider = {
    id: "test-card",
    whmcsGateway: "stripe",
    settlesInvoiceItself: false,
    mode,
    charges: new Map(),
    startCalls: 0,
    offSessionAnswer: null,
    forgotten: [],
    forgetFails: false,
    offSessionTokens: [],
    async start(a) {
      provider.startCalls++;
      if (a.offSession) {
        // Nobody is at the keyboard: only a saved card can be charged.
        if (!a.savedTokenId) return { kind: "failed", reason: "no_saved_method" };
        provider.offSessionTokens.push(a.savedTokenId);
      }
      if (a.offSession && provider.offSessionAnswer === "needs_authentication") {
        // Like a PaymentIntent in requires_action: it stays so until someone authenticates.
        awaitingAuthentication.add(a.idempotencyKey);
        return { kind: "needs_authentication", providerRef: `pi_${a.idempotencyKey}` };
      }
      if (a.offSession && provider.offSessionAnswer !== null) {
        return {
          kind: "failed",
          reason: provider.offSessionAnswer,
          providerRef: `pi_${a.idempotencyKey}`,
        };
      }
      if (provider.mode === "checkout") {
        return {
          kind: "pending",
          providerRef: `cs_${a.idempotencyKey}`,
          actionUrl: `https://checkout.test/${a.idempotencyKey}`,
        };
      }
      // Idempotency key: a repeated request returns the first charge instead of charging again.
      if (!provider.charges.has(a.idempotencyKey))
        provider.charges.set(a.idempotencyKey, a.totalMinor);
      return captured(a);
    },
    async confirm(a) {
      if (awaitingAuthentication.has(a.idempotencyKey)) {
        return { kind: "needs_authentication", providerRef: a.providerRef ?? undefined };
      }
      if (paidCheckouts.has(a.idempotencyKey)) return captured(a);
      if (provider.charges.has(a.idempotencyKey)) return captured(a);
      return { kind: "pending", providerRef: a.providerRef ?? `cs_${a.idempotencyKey}` };
    },
    async forgetMethod(tokenId) {
      if (provider.forgetFails) throw new Error("provider down");
      provider.forgotten.push(tokenId);
    },
    completeCheckout(key) {
      paidCheckouts.add(key);
      if (!provider.charges.has(key)) provider.charges.set(key, -1);
    },
  };
  return provider;
}
