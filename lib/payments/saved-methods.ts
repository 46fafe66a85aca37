import type { Prisma } from "@/lib/db";

/**
 * A card or PayPal account the provider kept for this customer after a payment they opted in to
 * save (Payment.saveMethod). Providers only report it (ProviderOutcome.savedMethod); the saga
 * writes it here in the same transaction as the capture, so it is recorded exactly once.
 */
export type SavedMethodDisplay =
  { brand: string; last4: string; expMonth: number; expYear: number } | { email: string };

export type SavedMethodReport = {
  /** Stripe PaymentMethod id (pm_…) or PayPal vault token id. */
  providerTokenId: string;
  kind: "card" | "paypal";
  display: SavedMethodDisplay;
  /** The provider's customer the token belongs to (Stripe cus_…, PayPal customer id). */
  customerId?: string;
};

/** Upserts the method; the account's first method becomes its default. */
export async function rememberSavedMethod(
  tx: Prisma.TransactionClient,
  input: { accountId: string; provider: string; method: SavedMethodReport },
): Promise<void> {
  const { accountId, provider, method } = input;
  const hasDefault = await tx.paymentMethod.findFirst({
    where: { accountId, isDefault: true },
    select: { id: true },
  });
  await tx.paymentMethod.upsert({
    where: { provider_providerTokenId: { provider, providerTokenId: method.providerTokenId } },
    create: {
      accountId,
      provider,
      providerTokenId: method.providerTokenId,
      kind: method.kind,
      display: method.display,
      isDefault: hasDefault === null,
    },
    update: { display: method.display },
  });
  if (method.customerId) {
    await tx.providerCustomer.upsert({
      where: { accountId_provider: { accountId, provider } },
      create: { accountId, provider, customerId: method.customerId },
      update: {},
    });
  }
}
