import "server-only";
import { isPrismaError, type BillingAccountSetup, type PrismaClient } from "@/lib/db";

/**
 * The guard of upgrade steps 1–2: one BillingAccountSetup row per account (its primary key), and
 * a lease on it. Whoever holds the lease talks to WHMCS; a second submit of the same form waits
 * for the first one's answer instead of creating a second client. A run that dies keeps the lease
 * until it expires; then the next submit takes over (and knows from `phase` where it stopped).
 */
export type SetupRow = BillingAccountSetup;

export type Claim = {
  row: SetupRow;
  /** Where an earlier run stopped (null on the first run): "creating" means AddClient may be done. */
  previousPhase: string | null;
};

export async function claimSetup(
  db: PrismaClient,
  accountId: string,
  now: Date,
  leaseMs: number,
  terms: { acceptedAt: Date; url: string | null },
): Promise<Claim | null> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const data = {
    state: "working",
    leaseUntil,
    termsAcceptedAt: terms.acceptedAt,
    termsUrl: terms.url,
  };
  try {
    const row = await db.billingAccountSetup.create({ data: { accountId, ...data } });
    return { row, previousPhase: null };
  } catch (error) {
    // Someone has a row already: take it over only if nobody holds a live lease on it.
    if (!isPrismaError(error, "P2002")) throw error;
  }
  const before = await db.billingAccountSetup.findUnique({ where: { accountId } });
  const taken = await db.billingAccountSetup.updateMany({
    where: {
      accountId,
      OR: [{ state: { not: "working" } }, { leaseUntil: null }, { leaseUntil: { lt: now } }],
    },
    data,
  });
  if (taken.count === 0) return null;
  const row = await db.billingAccountSetup.findUniqueOrThrow({ where: { accountId } });
  return { row, previousPhase: before?.phase ?? null };
}

export class LostSetupLeaseError extends Error {
  override name = "LostSetupLeaseError";
}

/**
 * Records how far this run got — only while it still holds its own lease (the `leaseUntil` it
 * wrote is its token); a run that was too slow and got overtaken stops before acting twice.
 */
export async function markPhase(db: PrismaClient, claim: Claim, phase: string): Promise<void> {
  const { accountId, leaseUntil } = claim.row;
  const marked = await db.billingAccountSetup.updateMany({
    where: { accountId, state: "working", leaseUntil },
    data: { phase },
  });
  if (marked.count !== 1) throw new LostSetupLeaseError(`setup of ${accountId} was taken over`);
}

/** Gives the lease back after a failure, so the customer can simply submit again. */
export async function releaseSetup(db: PrismaClient, claim: Claim) {
  const { accountId, leaseUntil } = claim.row;
  await db.billingAccountSetup.updateMany({
    where: { accountId, state: "working", leaseUntil },
    data: { state: "open", leaseUntil: null },
  });
}

/** A concurrent submit's view: waits (bounded) until the run holding the lease has finished. */
export async function waitForSetup(
  db: PrismaClient,
  accountId: string,
  options: { timeoutMs: number; pollMs: number },
): Promise<SetupRow | null> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const row = await db.billingAccountSetup.findUnique({ where: { accountId } });
    if (row && row.state !== "working") return row;
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
  }
}
