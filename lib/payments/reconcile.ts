import type { SettlementDeps } from "./deps";
import { advance, claim, release, stateOf } from "./repository";
import { settle, type SettleResult } from "./settle";
import { isWaitingForCustomer, OPEN_PAYMENT_STATES, type PaymentState } from "./states";
import { cancelOrder, loadAttempt } from "./steps";

/**
 * The reconciliation job: attempts that nobody moved for `stuckAfterMs` are driven on (settle), and
 * attempts still waiting for the customer after `abandonAfterMs` are asked one last time whether
 * they were paid; if not, the provider's object and the WHMCS order are cancelled.
 */
export type ReconcileReport = { checked: number; results: Record<string, SettleResult> };

export async function reconcile(deps: SettlementDeps, limit = 100): Promise<ReconcileReport> {
  const now = deps.now();
  const stuck = await deps.db.payment.findMany({
    where: {
      state: { in: [...OPEN_PAYMENT_STATES] },
      updatedAt: { lt: new Date(now.getTime() - deps.config.stuckAfterMs) },
    },
    orderBy: { updatedAt: "asc" },
    take: limit,
    select: { id: true, state: true, createdAt: true },
  });
  const results: Record<string, SettleResult> = {};
  for (const row of stuck) {
    const abandoned =
      (row.state === "created" ||
        row.state === "invoiced" ||
        isWaitingForCustomer(row.state as PaymentState)) &&
      row.createdAt.getTime() < now.getTime() - deps.config.abandonAfterMs;
    results[row.id] = abandoned ? await abandon(row.id, deps) : await settle(row.id, deps);
  }
  return { checked: stuck.length, results };
}

/** Last look at the provider, then cancel: a payment that did arrive is settled, never dropped. */
export async function abandon(
  paymentId: string,
  deps: SettlementDeps,
  /** "abandoned" by the sweep, or "cancelled_by_customer" (they pressed cancel at the provider). */
  reason: "abandoned" | "cancelled_by_customer" = "abandoned",
): Promise<SettleResult> {
  const now = deps.now();
  const claimed = await claim(deps.db, paymentId, now, deps.config.leaseMs);
  if (!claimed) return settle(paymentId, deps);
  const { payment, token } = claimed;
  const state = stateOf(payment);
  let finalReason: string = reason;
  try {
    if (!["created", "invoiced", "awaiting_payment", "needs_authentication"].includes(state)) {
      await release(deps.db, paymentId, token);
      return settle(paymentId, deps);
    }
    // In "created" no provider was asked yet; from "invoiced" on it may have collected already.
    if (state !== "created") {
      const provider = deps.providers.get(payment.provider);
      const attempt = await loadAttempt(payment, deps);
      const outcome = await provider.confirm(attempt);
      if (outcome.kind === "captured") {
        await release(deps.db, paymentId, token);
        return settle(paymentId, deps);
      }
      // Given up after a decline: tell them why it failed rather than just "cancelled".
      if (outcome.kind === "pending" && outcome.lastDecline && reason === "cancelled_by_customer") {
        finalReason = outcome.lastDecline;
      }
      await provider.cancel?.(attempt);
    }
    await cancelOrder(payment, { deps, token });
    const cancelled = await deps.db.$transaction(async (tx) => {
      const next = await advance(
        tx,
        payment,
        token,
        "cancelled",
        { lastError: finalReason },
        {
          now,
          leaseMs: deps.config.leaseMs,
        },
      );
      await deps.audit(tx, {
        accountId: payment.accountId,
        action: `payment.${reason}`,
        target: `payment:${payment.id}`,
        outcome: "failure",
        details: {
          amountMinor: payment.amountMinor,
          currency: payment.currency,
          state,
          orderId: payment.whmcsOrderId ?? null,
        },
      });
      return next;
    });
    await release(deps.db, paymentId, token);
    return { state: stateOf(cancelled), outcome: "final" };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await release(deps.db, paymentId, token, message);
    return { state, outcome: "retry", error: message };
  }
}
