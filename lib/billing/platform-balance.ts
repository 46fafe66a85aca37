import type { Money } from "@/lib/billing/money";
import type { PrismaClient } from "@/lib/db";
import { JelasticSessionExpiredError, type JelasticClient } from "@/lib/jelastic";

/**
 * An account's main platform balance read without the customer: their stored platform session if
 * it still works, else a fresh one minted with the admin token (SigninAsClient), kept for next time.
 * Framework-free, for jobs (lib/data/platform-session.ts does the same inside a request).
 */
export async function readPlatformBalance(
  ports: { db: PrismaClient; jelastic: JelasticClient },
  account: { id: string; email: string },
): Promise<Money> {
  const stored = await ports.db.platformSession.findUnique({ where: { accountId: account.id } });
  if (stored) {
    try {
      return (await ports.jelastic.getAccount(stored.session)).balance;
    } catch (error) {
      if (!(error instanceof JelasticSessionExpiredError)) throw error;
    }
  }
  const session = await ports.jelastic.adminSessionFor(account.email);
  await ports.db.platformSession.upsert({
    where: { accountId: account.id },
    create: { accountId: account.id, session },
    update: { session, refreshedAt: new Date() },
  });
  return (await ports.jelastic.getAccount(session)).balance;
}
