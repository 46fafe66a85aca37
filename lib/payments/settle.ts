import type { Payment } from "@/lib/db";
import { UpstreamError } from "@/lib/http";
import type { SettlementDeps } from "./deps";
import { rememberSavedMethod } from "./saved-methods";
import { advance, claim, LostLeaseError, release, stateOf } from "./repository";
import { isCaptured, isFinal, type PaymentState } from "./states";
import { cancelOrder, runStep, SettlementRefusedError, type StepResult } from "./steps";

/**
 * settle(paymentId): the one entry point of webhooks, the return page, the worker and the
 * reconciliation job. Takes the attempt's lease, runs steps until it is final or waits for the
 * customer, and hands the lease back. Safe to call any number of times, concurrently.
 */
export type SettleResult = {
  state: PaymentState | null;
  /** final: done/failed/cancelled · waiting: for the customer/provider · busy: someone else has it
   *  · retry: a step failed and should be tried again later (the job queue backs off). */
  outcome: "final" | "waiting" | "busy" | "retry" | "missing";
  error?: string;
};

/** Thrown by a test hook to leave the attempt exactly as a killed process would (lease held). */
export class SimulatedCrash extends Error {
  override name = "SimulatedCrash";
}

const MAX_STEPS = 12;

export async function settle(paymentId: string, deps: SettlementDeps): Promise<SettleResult> {
  const lease = { now: deps.now(), leaseMs: deps.config.leaseMs };
  const claimed = await claim(deps.db, paymentId, lease.now, lease.leaseMs);
  if (!claimed) {
    const row = await deps.db.payment.findUnique({ where: { id: paymentId } });
    if (!row) return { state: null, outcome: "missing" };
    const state = stateOf(row);
    return { state, outcome: isFinal(state) ? "final" : "busy" };
  }
  let { payment } = claimed;
  const { token } = claimed;
  try {
    for (let i = 0; i < MAX_STEPS && !isFinal(stateOf(payment)); i++) {
      const result = await runStep(payment, { deps, token });
      if (result.kind === "wait") break;
      await deps.afterEffect?.(stateOf(payment), payment.id);
      payment = await commit(payment, token, result, deps);
    }
    await release(deps.db, payment.id, token);
    const state = stateOf(payment);
    return { state, outcome: isFinal(state) ? "final" : "waiting" };
  } catch (error) {
    if (error instanceof SimulatedCrash) throw error;
    const message = describe(error);
    if (error instanceof LostLeaseError) return { state: stateOf(payment), outcome: "busy" };
    // Only before the provider was asked: once it may have started collecting, keep asking it.
    const early = ["created", "invoiced"].includes(stateOf(payment));
    if (early && !isCaptured(stateOf(payment)) && isPermanent(error)) {
      return failForGood(payment, token, message, deps);
    }
    await release(deps.db, payment.id, token, message);
    return { state: stateOf(payment), outcome: "retry", error: message };
  }
}

/** The state change, its audit entry and a saved method commit together or not at all. */
async function commit(
  payment: Payment,
  token: string,
  result: Extract<StepResult, { kind: "advance" }>,
  deps: SettlementDeps,
): Promise<Payment> {
  const lease = { now: deps.now(), leaseMs: deps.config.leaseMs };
  return deps.db.$transaction(async (tx) => {
    const next = await advance(tx, payment, token, result.to, result.data ?? {}, lease);
    if (result.audit) {
      await deps.audit(tx, {
        accountId: payment.accountId,
        action: result.audit.action,
        target: `payment:${payment.id}`,
        outcome: result.audit.outcome,
        details: result.audit.details,
      });
    }
    if (result.savedMethod) {
      await rememberSavedMethod(tx, {
        accountId: payment.accountId,
        provider: payment.provider,
        method: result.savedMethod,
      });
    }
    return next;
  });
}

/** Before money moved, a refusal (not a hiccup) ends the attempt and cancels its order. */
async function failForGood(
  payment: Payment,
  token: string,
  message: string,
  deps: SettlementDeps,
): Promise<SettleResult> {
  try {
    const fresh = await deps.db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    await cancelOrder(fresh, { deps, token });
    const failed = await commit(
      fresh,
      token,
      {
        kind: "advance",
        to: "failed",
        data: { lastError: message.slice(0, 500) },
        audit: {
          action: "payment.failed",
          outcome: "failure",
          details: { reason: message.slice(0, 200), invoiceId: fresh.whmcsInvoiceId ?? null },
        },
      },
      deps,
    );
    await release(deps.db, payment.id, token);
    return { state: stateOf(failed), outcome: "final", error: message };
  } catch (error) {
    await release(deps.db, payment.id, token, describe(error));
    return { state: stateOf(payment), outcome: "retry", error: describe(error) };
  }
}

function isPermanent(error: unknown): boolean {
  if (error instanceof SettlementRefusedError) return true;
  return error instanceof UpstreamError && error.kind === "business";
}

function describe(error: unknown): string {
  if (error instanceof UpstreamError) return `${error.service} ${error.action}: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
