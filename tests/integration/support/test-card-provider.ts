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
};

export function createTestCardProvider(mode: "instant" | "checkout"): TestCardProvider {
  const paidCheckouts = new Set<string>();
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
    async start(a) {
      provider.startCalls++;
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
      if (paidCheckouts.has(a.idempotencyKey)) return captured(a);
      if (provider.charges.has(a.idempotencyKey)) return captured(a);
      return { kind: "pending", providerRef: a.providerRef ?? `cs_${a.idempotencyKey}` };
    },
    completeCheckout(key) {
      paidCheckouts.add(key);
      if (!provider.charges.has(key)) provider.charges.set(key, -1);
    },
  };
  return provider;
}
