import { randomUUID } from "node:crypto";
import type { Payment } from "@/lib/db";
import type { Db } from "./deps";
import { assertTransition, isPaymentState, type PaymentState } from "./states";

/**
 * Every write to a Payment row goes through a conditional update: the row must still be in the
 * state the step started from and still be leased to this runner. Two workers, a webhook and the
 * return page may all try; exactly one update matches, the others change nothing.
 */

const FINAL: PaymentState[] = ["done", "failed", "cancelled"];

export class LostLeaseError extends Error {
  override name = "LostLeaseError";
}

export function stateOf(payment: Payment): PaymentState {
  if (!isPaymentState(payment.state)) throw new Error(`Unknown payment state ${payment.state}`);
  return payment.state;
}

/** Takes the attempt for `leaseMs` unless it is final or someone else holds an unexpired lease. */
export async function claim(
  db: Db,
  id: string,
  now: Date,
  leaseMs: number,
): Promise<{ payment: Payment; token: string } | null> {
  const token = randomUUID();
  const taken = await db.payment.updateMany({
    where: {
      id,
      state: { notIn: FINAL },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
    data: { lockToken: token, lockedUntil: new Date(now.getTime() + leaseMs) },
  });
  if (taken.count !== 1) return null;
  const payment = await db.payment.findUniqueOrThrow({ where: { id } });
  return { payment, token };
}

/** Moves `payment` from its current state to `to` (and writes `data`), renewing the lease. */
export async function advance(
  db: Db,
  payment: Payment,
  token: string,
  to: PaymentState,
  data: Partial<Payment>,
  lease: { now: Date; leaseMs: number },
): Promise<Payment> {
  const from = stateOf(payment);
  assertTransition(from, to);
  const final = FINAL.includes(to);
  const moved = await db.payment.updateMany({
    where: { id: payment.id, state: from, lockToken: token },
    data: {
      ...data,
      state: to,
      lastError: FINAL.includes(to) ? (data.lastError ?? payment.lastError) : null,
      lockedUntil: new Date(lease.now.getTime() + lease.leaseMs),
      ...(final ? { completedAt: lease.now, actionUrl: null } : {}),
    },
  });
  if (moved.count !== 1) throw new LostLeaseError(`Payment ${payment.id} left ${from} meanwhile`);
  return db.payment.findUniqueOrThrow({ where: { id: payment.id } });
}

/** Writes upstream ids the moment they exist, before anything else can fail (no second order). */
export async function remember(
  db: Db,
  payment: Payment,
  token: string,
  data: Partial<Payment>,
): Promise<Payment> {
  const saved = await db.payment.updateMany({
    where: { id: payment.id, state: payment.state, lockToken: token },
    data,
  });
  if (saved.count !== 1) throw new LostLeaseError(`Payment ${payment.id} changed meanwhile`);
  return { ...payment, ...data };
}

/** Gives the attempt back; with an error, counts the failed try and keeps the reason. */
export async function release(db: Db, id: string, token: string, error?: string): Promise<void> {
  await db.payment.updateMany({
    where: { id, lockToken: token },
    data: {
      lockToken: null,
      lockedUntil: null,
      ...(error === undefined
        ? {}
        : { lastError: error.slice(0, 500), attempts: { increment: 1 } }),
    },
  });
}
