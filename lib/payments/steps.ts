import type { Payment } from "@/lib/db";
import type { SettlementDeps } from "./deps";
import { WhmcsError } from "@/lib/whmcs";
import type { ProviderAttempt } from "./provider";
import type { SavedMethodReport } from "./saved-methods";
import { failureNotificationReason } from "./notify";
import { remember, stateOf } from "./repository";
import type { PaymentState } from "./states";

/**
 * One executor per non-final state. Each first finds out whether its upstream effect already
 * happened (an earlier run may have died after the call and before the state write) and only then
 * acts, so running a step twice has the effect of running it once.
 */
export type StepResult =
  | {
      kind: "advance";
      to: PaymentState;
      data?: Partial<Payment>;
      audit?: { action: string; outcome: "success" | "failure"; details?: AuditDetails };
      /** Written with the state change (the customer opted in to save it). */
      savedMethod?: SavedMethodReport;
    }
  /** Nothing to do until the customer or the provider acts. */
  | { kind: "wait" };

type AuditDetails = Record<string, string | number | boolean | null>;

/** Refused for good before any money moved (e.g. the invoice does not match the request). */
export class SettlementRefusedError extends Error {
  override name = "SettlementRefusedError";
}

export type StepContext = { deps: SettlementDeps; token: string };

/** The attempt as its provider sees it, with the saved method's token and the account's email. */
export async function loadAttempt(
  payment: Payment,
  deps: SettlementDeps,
): Promise<ProviderAttempt> {
  const [method, account] = await Promise.all([
    payment.paymentMethodId === null
      ? null
      : deps.db.paymentMethod.findFirst({
          where: { id: payment.paymentMethodId, accountId: payment.accountId },
          select: { providerTokenId: true },
        }),
    deps.db.account.findUnique({ where: { id: payment.accountId }, select: { email: true } }),
  ]);
  return attemptOf(payment, deps.config, {
    savedTokenId: method?.providerTokenId ?? null,
    accountEmail: account?.email ?? "",
  });
}

export function attemptOf(
  payment: Payment,
  urls: { returnUrl: string | null; cancelUrl: string | null },
  extra: { savedTokenId: string | null; accountEmail: string } = {
    savedTokenId: null,
    accountEmail: "",
  },
): ProviderAttempt {
  const url = (template: string | null) => template?.replace("{paymentId}", payment.id) ?? null;
  return {
    paymentId: payment.id,
    accountId: payment.accountId,
    idempotencyKey: payment.idempotencyKey,
    purpose: payment.purpose,
    method: payment.method,
    currency: payment.currency,
    amountMinor: payment.amountMinor,
    totalMinor: payment.totalMinor ?? payment.amountMinor,
    whmcsClientId: payment.whmcsClientId,
    whmcsInvoiceId: payment.whmcsInvoiceId ?? 0,
    providerRef: payment.providerRef,
    savedTokenId: extra.savedTokenId,
    saveMethod: payment.saveMethod,
    offSession: payment.purpose === "auto-refill",
    accountEmail: extra.accountEmail,
    returnUrl: url(urls.returnUrl),
    cancelUrl: url(urls.cancelUrl),
  };
}

const money = (p: Payment) => ({
  amountMinor: p.amountMinor,
  totalMinor: p.totalMinor ?? null,
  currency: p.currency,
  invoiceId: p.whmcsInvoiceId ?? null,
});

/** created → invoiced: the WHMCS order of the recharge product and its invoice, amounts read back. */
async function createBillingRecord(payment: Payment, ctx: StepContext): Promise<StepResult> {
  const { deps } = ctx;
  let current = payment;
  if (current.purpose !== "invoice" && current.whmcsInvoiceId === null) {
    const provider = deps.providers.get(current.provider);
    const order = await deps.whmcs.addRechargeOrder({
      clientId: current.whmcsClientId,
      productId: deps.config.rechargeProductId,
      priceMinor: current.amountMinor,
      currency: current.currency,
      gateway: provider.whmcsGateway,
    });
    current = await remember(deps.db, current, ctx.token, {
      whmcsOrderId: order.orderId,
      whmcsInvoiceId: order.invoiceId,
    });
  }
  if (current.whmcsInvoiceId === null) throw new SettlementRefusedError("no_invoice");
  const invoice = await deps.whmcs.getPayableInvoice(current.whmcsInvoiceId, current.currency);
  if (invoice.clientId !== current.whmcsClientId) {
    throw new SettlementRefusedError("invoice_of_another_client");
  }
  if (current.purpose === "invoice") {
    if (invoice.status !== "unpaid" || invoice.balanceMinor <= 0) {
      throw new SettlementRefusedError("invoice_not_payable");
    }
    if (invoice.balanceMinor !== current.amountMinor) {
      throw new SettlementRefusedError("invoice_amount_mismatch");
    }
  } else if (invoice.subtotalMinor !== current.amountMinor) {
    throw new SettlementRefusedError("invoice_amount_mismatch");
  }
  const totalMinor = current.purpose === "invoice" ? invoice.balanceMinor : invoice.grossMinor;
  return {
    kind: "advance",
    to: "invoiced",
    data: {
      whmcsOrderId: current.whmcsOrderId,
      whmcsInvoiceId: current.whmcsInvoiceId,
      taxMinor: invoice.taxMinor,
      totalMinor,
    },
    audit: {
      action: "payment.invoiced",
      outcome: "success",
      details: { ...money(current), taxMinor: invoice.taxMinor, totalMinor },
    },
  };
}

/** invoiced / awaiting_payment / needs_authentication: ask the provider to collect or confirm. */
async function collect(payment: Payment, ctx: StepContext): Promise<StepResult> {
  const { deps } = ctx;
  const state = stateOf(payment);
  // The customer has not confirmed net + VAT = total yet: nothing is collected before that.
  if (state === "invoiced" && payment.confirmedAt === null) return { kind: "wait" };
  const provider = deps.providers.get(payment.provider);
  const attempt = await loadAttempt(payment, deps);
  const outcome =
    state === "invoiced" ? await provider.start(attempt) : await provider.confirm(attempt);
  switch (outcome.kind) {
    case "captured":
      return {
        kind: "advance",
        to: "paid",
        data: {
          providerTransactionId: outcome.transactionId,
          providerRef: outcome.providerRef ?? payment.providerRef,
          actionUrl: null,
        },
        ...(outcome.savedMethod && payment.saveMethod ? { savedMethod: outcome.savedMethod } : {}),
        audit: {
          action: "payment.captured",
          outcome: "success",
          details: {
            ...money(payment),
            provider: payment.provider,
            transactionId: outcome.transactionId,
            capturedMinor: outcome.amountMinor,
          },
        },
      };
    case "pending":
      if (state === "awaiting_payment") return { kind: "wait" };
      return {
        kind: "advance",
        to: "awaiting_payment",
        data: { providerRef: outcome.providerRef, actionUrl: outcome.actionUrl ?? null },
      };
    case "needs_authentication":
      if (state === "needs_authentication") return { kind: "wait" };
      return {
        kind: "advance",
        to: "needs_authentication",
        data: {
          providerRef: outcome.providerRef ?? payment.providerRef,
          actionUrl: outcome.actionUrl ?? null,
        },
      };
    case "failed":
      await cancelOrder(payment, ctx);
      await ctx.deps.notify(payment.accountId, {
        kind: "payment_failed",
        paymentId: payment.id,
        // What the customer was asked to pay (VAT included, as PayPal or the card page showed it);
        // only an attempt that failed before its invoice has no total yet.
        amountMinor: payment.totalMinor ?? payment.amountMinor,
        currency: payment.currency,
        reason: failureNotificationReason(outcome.reason),
      });
      return {
        kind: "advance",
        to: "failed",
        data: {
          lastError: outcome.reason,
          providerRef: outcome.providerRef ?? payment.providerRef,
        },
        audit: {
          action: "payment.failed",
          outcome: "failure",
          details: { ...money(payment), provider: payment.provider, reason: outcome.reason },
        },
      };
  }
}

/** paid → recorded_in_whmcs: AddInvoicePayment with the provider's id, unless WHMCS already has it. */
async function recordInWhmcs(payment: Payment, ctx: StepContext): Promise<StepResult> {
  const { deps } = ctx;
  const provider = deps.providers.get(payment.provider);
  const transactionId = payment.providerTransactionId;
  if (!transactionId || payment.whmcsInvoiceId === null) {
    throw new Error(`Payment ${payment.id} is paid without a transaction or invoice id`);
  }
  let recorded = "by_provider";
  if (!provider.settlesInvoiceItself) {
    const existing = await deps.whmcs.findTransactions(transactionId, payment.currency);
    recorded = existing.length > 0 ? "found_existing" : "added";
    if (existing.length === 0) {
      await deps.whmcs.addInvoicePayment({
        invoiceId: payment.whmcsInvoiceId,
        transactionId,
        gateway: provider.whmcsGateway,
        amountMinor: payment.totalMinor ?? payment.amountMinor,
        currency: payment.currency,
        date: deps.now(),
      });
    }
  }
  return {
    kind: "advance",
    to: "recorded_in_whmcs",
    audit: {
      action: "payment.recorded_in_whmcs",
      outcome: "success",
      details: { ...money(payment), transactionId, recorded },
    },
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * recorded_in_whmcs → funded: (upgrade: move to the billing group, a repeatable call) then
 * FundAccount with the attempt's note — but only if the platform's fund history does not show
 * that note yet, because FundAccount itself has no idempotency key.
 */
async function fundPlatform(payment: Payment, ctx: StepContext): Promise<StepResult> {
  const { deps } = ctx;
  if (payment.purpose === "invoice") {
    return { kind: "advance", to: "funded" };
  }
  if (payment.platformUid === null || payment.fundingNote === null) {
    throw new Error(`Payment ${payment.id} has no platform account to fund`);
  }
  const uid = payment.platformUid;
  if (payment.purpose === "upgrade") {
    await deps.jelastic.setGroup({ uid, groupName: deps.config.billingGroup });
  }
  const now = deps.now();
  const history = await deps.jelastic.getFundHistory({
    uid,
    from: new Date(payment.createdAt.getTime() - DAY_MS),
    to: new Date(now.getTime() + DAY_MS),
  });
  const already = history.some((row) => row.note === payment.fundingNote);
  if (!already) {
    await deps.jelastic.fundAccount({
      uid,
      amount: { amountMinor: payment.amountMinor, currency: payment.currency },
      note: payment.fundingNote,
    });
  }
  return {
    kind: "advance",
    to: "funded",
    audit: {
      action: payment.purpose === "upgrade" ? "payment.upgraded_and_funded" : "payment.funded",
      outcome: "success",
      details: { ...money(payment), uid, funded: already ? "found_existing" : "added" },
    },
  };
}

/**
 * funded → notified: the dashboard notification and the email (lib/notifications), told before the
 * state changes and deduplicated by payment there, so a rerun after a crash tells nobody twice.
 * An invoice payment funds nothing on the platform; WHMCS sends its own receipt for it.
 */
async function notify(payment: Payment, ctx: StepContext): Promise<StepResult> {
  const base = {
    paymentId: payment.id,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
  };
  if (payment.purpose === "upgrade") {
    await ctx.deps.notify(payment.accountId, {
      kind: "upgrade_done",
      ...base,
      newGroup: ctx.deps.config.billingGroup,
    });
  } else if (payment.purpose !== "invoice") {
    await ctx.deps.notify(payment.accountId, { kind: "refill_done", ...base });
  }
  return { kind: "advance", to: "notified" };
}

/** notified → done: accept the WHMCS order (activates the recharge service). */
async function finish(payment: Payment, ctx: StepContext): Promise<StepResult> {
  if (payment.whmcsOrderId !== null) {
    await ctx.deps.whmcs.acceptOrder(payment.whmcsOrderId).catch((error: unknown) => {
      // "Order ID not found or Status not Pending": an earlier run accepted it already.
      if (!(error instanceof WhmcsError && /not pending/i.test(error.message))) throw error;
    });
  }
  return {
    kind: "advance",
    to: "done",
    audit: { action: "payment.completed", outcome: "success", details: money(payment) },
  };
}

/** Abandoned or failed before payment: the WHMCS order must not stay as an unpaid invoice. */
export async function cancelOrder(payment: Payment, ctx: StepContext): Promise<void> {
  if (payment.whmcsOrderId === null) return;
  await ctx.deps.whmcs.cancelOrder(payment.whmcsOrderId).catch((error: unknown) => {
    if (!(error instanceof WhmcsError && /not pending/i.test(error.message))) throw error;
  });
}

export async function runStep(payment: Payment, ctx: StepContext): Promise<StepResult> {
  const state = stateOf(payment);
  switch (state) {
    case "created":
      return createBillingRecord(payment, ctx);
    case "invoiced":
    case "awaiting_payment":
    case "needs_authentication":
      return collect(payment, ctx);
    case "paid":
      return recordInWhmcs(payment, ctx);
    case "recorded_in_whmcs":
      return fundPlatform(payment, ctx);
    case "funded":
      return notify(payment, ctx);
    case "notified":
      return finish(payment, ctx);
    case "done":
    case "failed":
    case "cancelled":
      return { kind: "wait" };
  }
}
