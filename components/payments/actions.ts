"use server";

import { z } from "zod";
import { getEnv } from "@/lib/config/env";
import { cancelPayment, confirmPayment, startPayment, type PaymentView } from "@/lib/data/payments";
import { requireAccount } from "@/lib/data/session";
import { UpstreamError } from "@/lib/http";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { failureMessage } from "@/lib/payments/ui/failure-reasons";
import type { ConfirmResult, QuoteInput, QuoteResult } from "@/lib/payments/ui/flow-types";
import { paymentReturnPath } from "@/lib/payments/ui/origin";

/**
 * The payment flow's server actions (refill, upgrade, invoice). Each checks the session, validates
 * its input with zod and lets lib/data check amounts, methods and ownership again; the currency is
 * the portal's, never the browser's. Answers are translated, plain messages.
 */
const quoteInput = z.object({
  purpose: z.enum(["refill", "upgrade", "invoice"]),
  amountMinor: z.number().int(),
  method: z.string().min(1).max(40),
  paymentMethodId: z.string().min(1).max(100).optional(),
  invoiceId: z.number().int().positive().optional(),
  idempotencyKey: z.string().min(16).max(100),
});
const paymentRef = z.object({ paymentId: z.string().min(1).max(100) });
const confirmInput = paymentRef.extend({ saveMethod: z.boolean() });

export async function quotePaymentAction(input: QuoteInput): Promise<QuoteResult> {
  const [account, t] = await Promise.all([requireAccount(), getTranslator()]);
  const parsed = quoteInput.safeParse(input);
  if (!parsed.success) return refused(t("payments.flow.errors.invalid"), null);
  let result;
  try {
    result = await startPayment(
      account,
      { ...parsed.data, currency: getEnv().CURRENCY },
      { awaitConfirmation: true },
    );
  } catch (error) {
    if (error instanceof UpstreamError) return retryable(t("payments.flow.errors.unavailable"));
    throw error;
  }
  switch (result.kind) {
    case "no_billing_account":
      return refused(t("payments.flow.errors.noBilling"), null);
    case "conflict":
      return refused(t("payments.flow.errors.generic"), null);
    case "invalid":
      return invalid(t, parsed.data, result.fields);
    case "ok":
      return quoted(t, result.payment);
  }
}

function quoted(t: Translate, view: PaymentView): QuoteResult {
  if (view.status === "failed" || view.status === "cancelled") {
    return refused(t(`payments.reasons.${failureMessage(view.failureReason)}`), null);
  }
  // This submission was confirmed already (a stale retry): start again with a new one.
  if (view.confirmed) return refused(t("payments.flow.errors.generic"), null);
  // Not invoiced yet (WHMCS busy or down): the same submission may be sent again.
  if (view.taxMinor === null || view.totalMinor === null) {
    return retryable(t("payments.flow.errors.unavailable"));
  }
  return {
    ok: true,
    quote: {
      paymentId: view.id,
      invoiceId: view.invoiceId,
      amountMinor: view.amountMinor,
      taxMinor: view.taxMinor,
      totalMinor: view.totalMinor,
      currency: view.currency,
    },
  };
}

function invalid(
  t: Translate,
  input: { purpose: string; method: string },
  fields: string[],
): QuoteResult {
  const invoice = input.purpose === "invoice";
  if (fields.includes("invoiceId") || (invoice && fields.includes("amountMinor"))) {
    return refused(t("payments.flow.errors.invoiceChanged"), null);
  }
  if (fields.includes("amountMinor")) return refused(t("payments.flow.errors.invalid"), "amount");
  if (fields.includes("method") && input.method === "credit") {
    return refused(t("payments.flow.errors.creditTooLow"), "method");
  }
  if (fields.includes("method") || fields.includes("paymentMethodId")) {
    return refused(t("payments.flow.errors.methodUnavailable"), "method");
  }
  return refused(t("payments.flow.errors.invalid"), null);
}

const refused = (message: string, field: "amount" | "method" | null): QuoteResult => ({
  ok: false,
  message,
  field,
  retryable: false,
});
const retryable = (message: string): QuoteResult => ({
  ok: false,
  message,
  field: null,
  retryable: true,
});

/** "Pay": the customer saw net + VAT = total; the provider may now collect. */
export async function confirmPaymentAction(input: {
  paymentId: string;
  saveMethod: boolean;
}): Promise<ConfirmResult> {
  const [account, t] = await Promise.all([requireAccount(), getTranslator()]);
  const parsed = confirmInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: t("payments.flow.errors.generic") };
  let view;
  try {
    view = await confirmPayment(account, parsed.data.paymentId, {
      saveMethod: parsed.data.saveMethod,
    });
  } catch (error) {
    if (error instanceof UpstreamError) {
      return { ok: false, message: t("payments.flow.errors.unavailable") };
    }
    throw error;
  }
  if (!view) return { ok: false, message: t("payments.flow.errors.generic") };
  return {
    ok: true,
    actionUrl: view.status === "needs_action" ? view.actionUrl : null,
    providerRef: view.providerRef,
    returnPath: paymentReturnPath(view.id),
  };
}

/** "Back" on the confirmation step, or PayPal closed: the quote and its WHMCS order are cancelled. */
export async function cancelQuoteAction(input: { paymentId: string }): Promise<{ ok: boolean }> {
  const account = await requireAccount();
  const parsed = paymentRef.safeParse(input);
  if (!parsed.success) return { ok: false };
  try {
    return { ok: (await cancelPayment(account, parsed.data.paymentId)) !== null };
  } catch (error) {
    // The reconciliation sweep cancels abandoned quotes later; the customer may go on.
    if (error instanceof UpstreamError) return { ok: false };
    throw error;
  }
}
