import "server-only";
import { isAutoRefillReason, pausesAutoRefill } from "@/lib/billing/auto-refill-reasons";
import type { AutoRefillReason } from "@/lib/billing/auto-refill-reasons";
import {
  autoRefillSettingsSchema,
  type AmountProblem,
  type RefillLimits,
  type ThresholdProblem,
} from "@/lib/billing/auto-refill-settings";
import { getEnv } from "@/lib/config/env";
import { settlementDeps } from "@/lib/payments/runtime";
import { isFinal, isPaymentState, statusView, type PaymentStatusView } from "@/lib/payments/states";
import { recordAudit } from "./audit";
import { listSavedMethods, type SavedMethodView } from "./payment-methods";
import type { SessionAccount } from "./session";

/**
 * "Configure auto-refill": one AutoRefill row per account, charged with the account's default saved
 * method by the check in lib/billing/auto-refill.ts. Saving the settings also resumes a rule that a
 * failed charge paused.
 */
export type AutoRefillView = {
  /** Needs a platform account (the balance) and a billing client (the orders). */
  eligible: boolean;
  enabled: boolean;
  thresholdMinor: number | null;
  amountMinor: number | null;
  currency: string;
  limits: RefillLimits;
  /** The default payment method, which is what gets charged; null when none is saved. */
  method: SavedMethodView | null;
  lastRun: { at: Date; status: PaymentStatusView | null } | null;
  lastError: AutoRefillReason | null;
  /** A charge failed: nothing happens until the customer pays by hand or saves again. */
  paused: boolean;
};

const THRESHOLD_PROBLEMS = ["required", "invalid", "too_low", "too_high"];
const AMOUNT_PROBLEMS = ["required", "invalid", "below_min", "above_max", "step"];

export function refillLimits(): RefillLimits {
  const env = getEnv();
  return {
    minMinor: env.REFILL_MIN_MINOR,
    maxMinor: env.REFILL_MAX_MINOR,
    stepMinor: env.REFILL_STEP_MINOR,
  };
}

export async function getAutoRefill(account: SessionAccount): Promise<AutoRefillView> {
  const { db } = settlementDeps();
  const [rule, methods] = await Promise.all([
    db.autoRefill.findUnique({ where: { accountId: account.id } }),
    listSavedMethods(account),
  ]);
  const last = rule?.lastPaymentId
    ? await db.payment.findFirst({
        where: { id: rule.lastPaymentId, accountId: account.id },
        select: { state: true },
      })
    : null;
  const lastError = isAutoRefillReason(rule?.lastError) ? rule.lastError : null;
  return {
    eligible: account.platformUid !== null && account.whmcsClientId !== null,
    enabled: rule?.enabled ?? false,
    thresholdMinor: rule?.thresholdMinor ?? null,
    amountMinor: rule?.amountMinor ?? null,
    currency: getEnv().CURRENCY,
    limits: refillLimits(),
    method: methods.find((m) => m.isDefault) ?? null,
    lastRun: rule?.lastRunAt
      ? {
          at: rule.lastRunAt,
          status: last && isPaymentState(last.state) ? statusView(last.state) : null,
        }
      : null,
    lastError,
    paused: (rule?.enabled ?? false) && pausesAutoRefill(lastError),
  };
}

export type SaveAutoRefillResult =
  | { ok: true }
  | {
      ok: false;
      reason: "invalid";
      fields: { thresholdMinor?: ThresholdProblem; amountMinor?: AmountProblem };
    }
  /** Turning it on needs a saved default method / a billing account. */
  | { ok: false; reason: "no_method" | "no_billing_account" };

export async function saveAutoRefill(
  account: SessionAccount,
  input: unknown,
): Promise<SaveAutoRefillResult> {
  const parsed = autoRefillSettingsSchema(refillLimits()).safeParse(input);
  if (!parsed.success) {
    const fields: { thresholdMinor?: ThresholdProblem; amountMinor?: AmountProblem } = {};
    // Our own codes from the schema's refinement; any other issue (not a number …) is "invalid".
    const known = (message: string, codes: readonly string[]) =>
      codes.includes(message) ? message : "invalid";
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === "thresholdMinor") {
        fields.thresholdMinor = known(issue.message, THRESHOLD_PROBLEMS) as ThresholdProblem;
      } else if (issue.path[0] === "amountMinor") {
        fields.amountMinor = known(issue.message, AMOUNT_PROBLEMS) as AmountProblem;
      }
    }
    return { ok: false, reason: "invalid", fields };
  }
  const settings = parsed.data;
  const { db } = settlementDeps();
  if (settings.enabled) {
    if (account.platformUid === null || account.whmcsClientId === null) {
      return { ok: false, reason: "no_billing_account" };
    }
    const method = await db.paymentMethod.findFirst({
      where: { accountId: account.id, isDefault: true },
      select: { id: true },
    });
    if (!method) return { ok: false, reason: "no_method" };
  }
  const current = await db.autoRefill.findUnique({ where: { accountId: account.id } });
  // A finished last attempt is history now; one still running stays linked (one in flight at most).
  const lastPayment = current?.lastPaymentId
    ? await db.payment.findUnique({ where: { id: current.lastPaymentId }, select: { state: true } })
    : null;
  const lastIsOver =
    !lastPayment || !isPaymentState(lastPayment.state) || isFinal(lastPayment.state);
  const values = {
    enabled: settings.enabled,
    thresholdMinor: settings.thresholdMinor,
    amountMinor: settings.amountMinor,
    currency: getEnv().CURRENCY,
    lastError: null,
    ...(lastIsOver ? { lastPaymentId: null } : {}),
  };
  await db.autoRefill.upsert({
    where: { accountId: account.id },
    create: { accountId: account.id, ...values },
    update: values,
  });
  await recordAudit({
    accountId: account.id,
    actorEmail: account.email,
    action: settings.enabled ? "auto_refill.enabled" : "auto_refill.disabled",
    target: `auto_refill:${account.id}`,
    outcome: "success",
    details: {
      thresholdMinor: settings.thresholdMinor,
      amountMinor: settings.amountMinor,
      currency: values.currency,
      resumedAfter: current?.lastError ?? null,
    },
  });
  return { ok: true };
}

/** "Switch off auto-refill": keeps the amounts for next time. */
export async function disableAutoRefill(account: SessionAccount): Promise<{ changed: boolean }> {
  const { db } = settlementDeps();
  const off = await db.autoRefill.updateMany({
    where: { accountId: account.id, enabled: true },
    data: { enabled: false },
  });
  if (off.count > 0) {
    await recordAudit({
      accountId: account.id,
      actorEmail: account.email,
      action: "auto_refill.disabled",
      target: `auto_refill:${account.id}`,
      outcome: "success",
    });
  }
  return { changed: off.count > 0 };
}
