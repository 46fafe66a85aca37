import "server-only";
import { getEnv } from "@/lib/config/env";
import { requestSettlement } from "@/lib/jobs/runtime";
import { paymentRequestSchema } from "@/lib/payments/amounts";
import { createPayment, IdempotencyConflictError } from "@/lib/payments/create";
import { abandon } from "@/lib/payments/reconcile";
import { settlementDeps } from "@/lib/payments/runtime";
import { settle } from "@/lib/payments/settle";
import { isPaymentState, statusView, type PaymentStatusView } from "@/lib/payments/states";
import { recordAudit } from "./audit";
import { checkInvoiceToPay } from "./payment-invoice";
import type { SessionAccount } from "./session";

/**
 * The portal's door to the settlement saga: session-bound, input validated again on the server
 * (amount within limits, integer minor units, a method this account is offered), and another
 * account's attempt is simply not found.
 */

/** Customer-facing method → provider id. A method is offered only if its provider is registered. */
export const METHOD_PROVIDERS: Record<string, string> = {
  credit: "whmcs-credit",
  card: "stripe",
  paypal: "paypal",
};

export function offeredMethods(): string[] {
  const { providers } = settlementDeps();
  return Object.keys(METHOD_PROVIDERS).filter((m) => providers.has(METHOD_PROVIDERS[m] ?? ""));
}

export type PaymentView = {
  id: string;
  purpose: string;
  status: PaymentStatusView;
  amountMinor: number;
  taxMinor: number | null;
  totalMinor: number | null;
  currency: string;
  /** Provider page to continue at (checkout, 3-D Secure), while the attempt waits for the customer. */
  actionUrl: string | null;
  invoiceId: number | null;
  method: string;
  saveMethod: boolean;
  /** The customer confirmed the order; before that the attempt is a quote (net + VAT = total). */
  confirmed: boolean;
  /**
   * Why it failed or was cancelled, as a short code (card_declined, insufficient_funds,
   * authentication_failed, cancelled_by_customer, …) for a translated message; never upstream text.
   */
  failureReason: string | null;
  /** The provider's object (PayPal order id for the JS SDK); null until the customer confirmed. */
  providerRef: string | null;
};

export type StartPaymentResult =
  | { kind: "ok"; payment: PaymentView }
  | { kind: "invalid"; fields: string[] }
  | { kind: "no_billing_account" }
  | { kind: "conflict" };

export async function startPayment(
  account: SessionAccount,
  input: unknown,
  /** true: create the WHMCS invoice and stop there until `confirmPayment` (the UI's order step). */
  options: { awaitConfirmation?: boolean } = {},
): Promise<StartPaymentResult> {
  const env = getEnv();
  const limits = {
    minMinor: env.REFILL_MIN_MINOR,
    maxMinor: env.REFILL_MAX_MINOR,
    // The platform balance's currency; the WHMCS client must bill in it too (checked below).
    currency: env.CURRENCY,
  };
  const parsed = paymentRequestSchema(limits, offeredMethods()).safeParse(input);
  if (!parsed.success) {
    return { kind: "invalid", fields: parsed.error.issues.map((i) => i.path.join(".")) };
  }
  const request = parsed.data;
  if (account.whmcsClientId === null) return { kind: "no_billing_account" };
  if (request.purpose !== "invoice" && account.platformUid === null) {
    return { kind: "no_billing_account" };
  }
  const deps = settlementDeps();
  if (request.paymentMethodId !== undefined) {
    // A saved method must be this account's and belong to the chosen method's provider.
    const saved = await deps.db.paymentMethod.findFirst({
      where: {
        id: request.paymentMethodId,
        accountId: account.id,
        provider: METHOD_PROVIDERS[request.method] ?? "",
      },
      select: { id: true },
    });
    if (!saved) return { kind: "invalid", fields: ["paymentMethodId"] };
  }
  const client = await deps.whmcs.getClientsDetails({ clientId: account.whmcsClientId });
  if (!client || client.currency !== request.currency) {
    return { kind: "invalid", fields: ["currency"] };
  }
  const idempotencyKey = `${account.id}:${request.idempotencyKey}`;
  // A repeated submit must find its attempt even after it used the credit or paid the invoice,
  // so these checks are for new attempts only (createPayment compares a repeat with the original).
  const repeat = await deps.db.payment.findUnique({
    where: { idempotencyKey },
    select: { id: true },
  });
  if (!repeat && request.invoiceId !== undefined) {
    const invoice = await checkInvoiceToPay(deps, {
      accountId: account.id,
      whmcsClientId: account.whmcsClientId,
      invoiceId: request.invoiceId,
      amountMinor: request.amountMinor,
      currency: request.currency,
    });
    if (!invoice.ok) return { kind: "invalid", fields: [invoice.field] };
  }
  // Credit pays only when it covers the whole amount; for a refill the VAT still comes on top,
  // which the provider checks against the invoice's gross.
  if (!repeat && request.method === "credit" && client.credit.amountMinor < request.amountMinor) {
    return { kind: "invalid", fields: ["method"] };
  }
  let created;
  try {
    created = await createPayment(deps.db, {
      accountId: account.id,
      idempotencyKey,
      purpose: request.purpose,
      amountMinor: request.amountMinor,
      currency: request.currency,
      method: request.method,
      provider: METHOD_PROVIDERS[request.method] ?? "",
      whmcsClientId: account.whmcsClientId,
      platformUid: account.platformUid,
      whmcsInvoiceId: request.invoiceId,
      paymentMethodId: request.paymentMethodId,
      saveMethod: request.saveMethod ?? false,
      awaitConfirmation: options.awaitConfirmation ?? false,
    });
  } catch (error) {
    if (error instanceof IdempotencyConflictError) return { kind: "conflict" };
    throw error;
  }
  if (created.created) {
    await recordAudit({
      accountId: account.id,
      actorEmail: account.email,
      action: "payment.requested",
      target: `payment:${created.payment.id}`,
      outcome: "success",
      details: {
        purpose: request.purpose,
        amountMinor: request.amountMinor,
        currency: request.currency,
        method: request.method,
        invoiceId: request.invoiceId ?? null,
      },
    });
  }
  await settleNowOrLater(created.payment.id);
  return { kind: "ok", payment: (await getPayment(account, created.payment.id))! };
}

/** The attempt as the customer may see it, or null when it is not theirs (a 404 for the page). */
export async function getPayment(
  account: SessionAccount,
  paymentId: string,
): Promise<PaymentView | null> {
  const row = await settlementDeps().db.payment.findFirst({
    where: { id: paymentId, accountId: account.id },
  });
  if (!row || !isPaymentState(row.state)) return null;
  return {
    id: row.id,
    purpose: row.purpose,
    status: statusView(row.state),
    amountMinor: row.amountMinor,
    taxMinor: row.taxMinor,
    totalMinor: row.totalMinor,
    currency: row.currency,
    actionUrl: row.actionUrl,
    invoiceId: row.whmcsInvoiceId,
    method: row.method,
    saveMethod: row.saveMethod,
    confirmed: row.confirmedAt !== null,
    failureReason:
      row.state === "failed" || row.state === "cancelled" ? reasonCode(row.lastError) : null,
    providerRef: row.confirmedAt === null ? null : row.providerRef,
  };
}

/** Provider and saga reasons are short snake_case codes; anything else is shown as "generic". */
function reasonCode(lastError: string | null): string {
  return lastError !== null && /^[a-z][a-z0-9_]{1,60}$/.test(lastError) ? lastError : "generic";
}

/**
 * The customer saw net + VAT = total and pressed "Pay": from now on the provider may collect.
 * Only this account's quote, only once (a second press just reads the state); `saveMethod` may be
 * changed up to this moment (the checkbox sits on the confirmation step).
 */
export async function confirmPayment(
  account: SessionAccount,
  paymentId: string,
  options: { saveMethod?: boolean } = {},
): Promise<PaymentView | null> {
  const mine = await getPayment(account, paymentId);
  if (!mine) return null;
  const db = settlementDeps().db;
  const confirmed = await db.payment.updateMany({
    where: { id: paymentId, accountId: account.id, confirmedAt: null, state: "invoiced" },
    data: {
      confirmedAt: new Date(),
      ...(options.saveMethod === undefined ? {} : { saveMethod: options.saveMethod }),
    },
  });
  if (confirmed.count === 1) {
    await recordAudit({
      accountId: account.id,
      actorEmail: account.email,
      action: "payment.confirmed",
      target: `payment:${paymentId}`,
      outcome: "success",
      details: { totalMinor: mine.totalMinor, currency: mine.currency, method: mine.method },
    });
  }
  await settleNowOrLater(paymentId);
  return getPayment(account, paymentId);
}

/**
 * The customer cancelled (at the provider, or on our confirmation step): the provider is asked one
 * last time — money that did arrive is settled, never dropped — otherwise the attempt and its
 * WHMCS order are cancelled.
 */
export async function cancelPayment(
  account: SessionAccount,
  paymentId: string,
): Promise<PaymentView | null> {
  const mine = await getPayment(account, paymentId);
  if (!mine) return null;
  if (mine.status !== "done" && mine.status !== "failed" && mine.status !== "cancelled") {
    await abandon(paymentId, settlementDeps(), "cancelled_by_customer");
  }
  return getPayment(account, paymentId);
}

/** The return page: drive the same saga as the webhook, then show the real state. */
export async function refreshPayment(
  account: SessionAccount,
  paymentId: string,
): Promise<PaymentView | null> {
  const mine = await getPayment(account, paymentId);
  if (!mine) return null;
  await settleNowOrLater(paymentId);
  return getPayment(account, paymentId);
}

/** Runs the saga in this request; anything unfinished (busy, upstream down) goes to the queue. */
async function settleNowOrLater(paymentId: string): Promise<void> {
  const result = await settle(paymentId, settlementDeps());
  if (result.outcome === "retry" || result.outcome === "busy") {
    await requestSettlement(paymentId);
  }
}
