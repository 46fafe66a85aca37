import type { AutoRefill, Payment } from "@/lib/db";
import type { Logger } from "@/lib/http";
import { createPayment, IdempotencyConflictError } from "@/lib/payments/create";
import type { SettlementDeps } from "@/lib/payments/deps";
import { abandon } from "@/lib/payments/reconcile";
import { settle } from "@/lib/payments/settle";
import { isFinal, isPaymentState, OPEN_PAYMENT_STATES } from "@/lib/payments/states";
import {
  notificationReason,
  pausesAutoRefill,
  reasonOfFailure,
  type AutoRefillReason,
} from "./auto-refill-reasons";
import { readPlatformBalance } from "./platform-balance";

/**
 * The auto-refill check (a pg-boss cron job, lib/jobs/auto-refill-jobs.ts): for every enabled rule
 * whose platform balance fell below its threshold, one "auto-refill" payment with the default saved
 * method, charged off-session and settled by the same saga as a refill by hand.
 *
 * At most one attempt per account: an attempt is started only when none is in flight and none was
 * started within `cooldownMs`; the rule row is claimed with a conditional update (two workers, one
 * winner) and the payment's idempotency key is the account plus the cool-down window, so even a
 * crash between the two cannot make a second charge. A failed charge pauses the rule (no retry
 * storm) and tells the customer once, by dashboard notification and email.
 */
export type AutoRefillNotify = (
  accountId: string,
  event: {
    kind: "payment_failed";
    paymentId: string;
    amountMinor: number;
    currency: string;
    reason: ReturnType<typeof notificationReason>;
  },
) => Promise<unknown>;

export type AutoRefillDeps = {
  settlement: SettlementDeps;
  notify: AutoRefillNotify;
  /** Hands an unfinished settlement to the queue (retries with backoff). */
  requestSettlement(paymentId: string): Promise<void>;
  /** The platform's currency (CURRENCY); a rule in another currency is not run. */
  currency: string;
  cooldownMs: number;
  logger?: Logger;
};

export type AutoRefillOutcome =
  | "started"
  | "failed"
  | "in_flight"
  | "cooling_down"
  | "paused"
  | "above_threshold"
  | "not_runnable"
  | "busy"
  | "error";

export type AutoRefillReport = { checked: number; outcomes: Record<string, AutoRefillOutcome> };

/** An hour between two automatic charges of one account, whatever the check interval. */
export const AUTO_REFILL_COOLDOWN_MS = 60 * 60_000;

export async function runAutoRefill(deps: AutoRefillDeps, limit = 200): Promise<AutoRefillReport> {
  const rules = await deps.settlement.db.autoRefill.findMany({
    where: { enabled: true },
    orderBy: { updatedAt: "asc" },
    take: limit,
  });
  const outcomes: Record<string, AutoRefillOutcome> = {};
  for (const rule of rules) {
    try {
      outcomes[rule.accountId] = await checkRule(rule, deps);
    } catch (error) {
      // One account's upstream trouble must not stop the others; the next tick tries again.
      deps.logger?.warn("auto_refill.check_failed", {
        accountId: rule.accountId,
        message: error instanceof Error ? error.message : String(error),
      });
      outcomes[rule.accountId] = "error";
    }
  }
  return { checked: rules.length, outcomes };
}

async function checkRule(rule: AutoRefill, deps: AutoRefillDeps): Promise<AutoRefillOutcome> {
  const { db } = deps.settlement;
  const now = deps.settlement.now();
  if (rule.lastPaymentId !== null) {
    const last = await followUp(rule, rule.lastPaymentId, deps);
    if (last !== "settled") return last;
    rule = await db.autoRefill.findUniqueOrThrow({ where: { accountId: rule.accountId } });
    if (!rule.enabled) return "not_runnable";
  }
  // Also an attempt not linked to the rule yet (a crash right after creating it).
  const open = await db.payment.findFirst({
    where: {
      accountId: rule.accountId,
      purpose: "auto-refill",
      state: { in: [...OPEN_PAYMENT_STATES] },
    },
    select: { id: true },
  });
  if (open) {
    await db.autoRefill.updateMany({
      where: { accountId: rule.accountId, lastPaymentId: null },
      data: { lastPaymentId: open.id },
    });
    return "in_flight";
  }
  if (pausesAutoRefill(rule.lastError)) {
    if (!(await paidByHandSince(rule, deps))) return "paused";
    rule = await resume(rule, deps);
  }
  const since = new Date(now.getTime() - deps.cooldownMs);
  const recent = await db.payment.count({
    where: { accountId: rule.accountId, purpose: "auto-refill", createdAt: { gt: since } },
  });
  if (recent > 0 || (rule.lastRunAt !== null && rule.lastRunAt > since)) return "cooling_down";

  const account = await db.account.findUnique({
    where: { id: rule.accountId },
    select: { id: true, email: true, platformUid: true, whmcsClientId: true },
  });
  if (!account || account.platformUid === null || account.whmcsClientId === null) {
    return notRunnable(rule, "no_billing_account", deps);
  }
  // Saved in another currency than the platform's (the operator changed CURRENCY): never charged.
  if (rule.currency !== deps.currency) return "not_runnable";
  const method = await db.paymentMethod.findFirst({
    where: { accountId: rule.accountId, isDefault: true },
    select: { id: true, kind: true, provider: true },
  });
  if (!method) return notRunnable(rule, "no_payment_method", deps);
  if (!deps.settlement.providers.has(method.provider)) {
    return notRunnable(rule, "method_unavailable", deps);
  }
  if (rule.lastError !== null) rule = await setReason(rule, null, deps);

  const balance = await readPlatformBalance(deps.settlement, account);
  if (balance.amountMinor >= rule.thresholdMinor) return "above_threshold";

  // Claim this run: of two workers that read the same rule, only one moves lastRunAt.
  const claimed = await db.autoRefill.updateMany({
    where: {
      accountId: rule.accountId,
      enabled: true,
      lastRunAt: rule.lastRunAt,
      lastPaymentId: rule.lastPaymentId,
    },
    data: { lastRunAt: now },
  });
  if (claimed.count === 0) return "busy";

  const window = Math.floor(now.getTime() / Math.max(deps.cooldownMs, 1));
  let created: { payment: Payment; created: boolean };
  try {
    created = await createPayment(db, {
      accountId: rule.accountId,
      idempotencyKey: `auto-refill:${rule.accountId}:${window}`,
      purpose: "auto-refill",
      amountMinor: rule.amountMinor,
      currency: rule.currency,
      method: method.kind === "paypal" ? "paypal" : "card",
      provider: method.provider,
      whmcsClientId: account.whmcsClientId,
      platformUid: account.platformUid,
      paymentMethodId: method.id,
      awaitConfirmation: false,
    });
  } catch (error) {
    // The amount was changed within the same window as an earlier attempt: wait for the next one.
    if (error instanceof IdempotencyConflictError) return "busy";
    throw error;
  }
  const { payment } = created;
  await db.autoRefill.update({
    where: { accountId: rule.accountId },
    data: { lastPaymentId: payment.id, lastError: null },
  });
  if (created.created) {
    await deps.settlement.audit(db, {
      accountId: rule.accountId,
      action: "auto_refill.started",
      target: `payment:${payment.id}`,
      outcome: "success",
      details: {
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        thresholdMinor: rule.thresholdMinor,
        balanceMinor: balance.amountMinor,
        paymentMethodId: method.id,
      },
    });
  }
  const result = await settle(payment.id, deps.settlement);
  if (result.outcome === "retry" || result.outcome === "busy") {
    await deps.requestSettlement(payment.id);
  }
  const after = await followUp({ ...rule, lastError: null }, payment.id, deps);
  return after === "failed" ? "failed" : "started";
}

/**
 * Where the last attempt stands. Nobody is at the keyboard for 3-D Secure, so an attempt the bank
 * wants authenticated is cancelled at once and counts as failed ("pay once by hand to continue").
 */
async function followUp(
  rule: AutoRefill,
  paymentId: string,
  deps: AutoRefillDeps,
): Promise<"settled" | "in_flight" | "failed"> {
  const { db } = deps.settlement;
  let payment = await db.payment.findUnique({ where: { id: paymentId } });
  if (!payment || !isPaymentState(payment.state)) return "settled";
  let reason: AutoRefillReason | null = null;
  if (payment.state === "needs_authentication") {
    reason = "authentication_required";
    await abandon(payment.id, deps.settlement);
    payment = await db.payment.findUniqueOrThrow({ where: { id: paymentId } });
  }
  if (!isPaymentState(payment.state) || !isFinal(payment.state)) return "in_flight";
  if (payment.state === "done") return "settled";
  // Failed or cancelled: recorded once (a paused rule already knows).
  if (pausesAutoRefill(rule.lastError)) return "settled";
  reason ??= reasonOfFailure(payment.lastError);
  const recorded = await db.autoRefill.updateMany({
    where: { accountId: rule.accountId, lastPaymentId: payment.id },
    data: { lastError: reason },
  });
  if (recorded.count === 0) return "settled";
  await deps.settlement.audit(db, {
    accountId: rule.accountId,
    action: "auto_refill.failed",
    target: `payment:${payment.id}`,
    outcome: "failure",
    details: { amountMinor: payment.amountMinor, currency: payment.currency, reason },
  });
  // An attempt that failed at the provider was told by the saga already (payment_failed); one
  // cancelled here because the bank wants 3-D Secure and nobody is present is told here, once.
  if (payment.state === "cancelled") {
    await deps.notify(rule.accountId, {
      kind: "payment_failed",
      paymentId: payment.id,
      amountMinor: payment.totalMinor ?? payment.amountMinor,
      currency: payment.currency,
      reason: notificationReason(reason),
    });
  }
  return "failed";
}

/** A refill, upgrade or invoice the customer paid by hand after the failed automatic one. */
async function paidByHandSince(rule: AutoRefill, deps: AutoRefillDeps): Promise<boolean> {
  const paid = await deps.settlement.db.payment.count({
    where: {
      accountId: rule.accountId,
      purpose: { not: "auto-refill" },
      state: "done",
      completedAt: { gt: rule.lastRunAt ?? new Date(0) },
    },
  });
  return paid > 0;
}

async function resume(rule: AutoRefill, deps: AutoRefillDeps): Promise<AutoRefill> {
  await deps.settlement.db.autoRefill.updateMany({
    where: { accountId: rule.accountId, lastError: rule.lastError },
    data: { lastError: null, lastPaymentId: null },
  });
  return deps.settlement.db.autoRefill.findUniqueOrThrow({ where: { accountId: rule.accountId } });
}

async function notRunnable(
  rule: AutoRefill,
  reason: AutoRefillReason,
  deps: AutoRefillDeps,
): Promise<AutoRefillOutcome> {
  if (rule.lastError !== reason) await setReason(rule, reason, deps);
  return "not_runnable";
}

async function setReason(
  rule: AutoRefill,
  reason: AutoRefillReason | null,
  deps: AutoRefillDeps,
): Promise<AutoRefill> {
  return deps.settlement.db.autoRefill.update({
    where: { accountId: rule.accountId },
    data: { lastError: reason },
  });
}
