import { isPrismaError } from "@/lib/db";
import type { Db } from "./deps";

/**
 * The customer object an account has at a provider (Stripe `cus_…`, PayPal customer id), created
 * once and reused, so every saved card or vaulted account of one person hangs off one customer.
 * Providers call `ensure` with a function that creates the customer (with an idempotency key
 * derived from the account id); two concurrent first payments end up on the one row that won.
 */
export type ProviderCustomers = {
  find(accountId: string, provider: string): Promise<string | null>;
  ensure(accountId: string, provider: string, create: () => Promise<string>): Promise<string>;
};

export function providerCustomers(db: Db): ProviderCustomers {
  async function find(accountId: string, provider: string): Promise<string | null> {
    const row = await db.providerCustomer.findUnique({
      where: { accountId_provider: { accountId, provider } },
      select: { customerId: true },
    });
    return row?.customerId ?? null;
  }
  return {
    find,
    async ensure(accountId, provider, create) {
      const known = await find(accountId, provider);
      if (known) return known;
      const customerId = await create();
      try {
        await db.providerCustomer.create({ data: { accountId, provider, customerId } });
        return customerId;
      } catch (error) {
        if (!isPrismaError(error, "P2002")) throw error;
        // Someone else stored one first (same idempotency key → usually the same customer).
        return (await find(accountId, provider)) ?? customerId;
      }
    },
  };
}
