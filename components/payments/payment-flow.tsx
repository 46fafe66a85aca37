"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { formatMoney } from "@/lib/billing/money";
import { currencyDigits } from "@/lib/billing/money";
import { formatMessage } from "@/lib/i18n/format-message";
import type { PaymentsMessages } from "@/lib/i18n/messages/payments.en";
import { amountFieldText, readTypedAmount } from "@/lib/payments/ui/amount-input";
import type {
  PaymentFlowSetup,
  QuoteInput,
  QuoteResult,
  QuoteView,
} from "@/lib/payments/ui/flow-types";
import { cancelQuoteAction, confirmPaymentAction, quotePaymentAction } from "./actions";
import { AMOUNT_INPUT_ID, AmountField } from "./amount-field";
import { ErrorSummary, type FlowProblem } from "./error-summary";
import { METHOD_FIRST_ID, MethodPicker } from "./method-picker";
import { OrderConfirmation } from "./order-confirmation";
import { useAttemptKey } from "./use-attempt-key";

/**
 * The payment flow of refill, upgrade and invoice payment. Step A: amount (slider + typed field,
 * or the invoice's fixed balance) and method → a WHMCS quote. Step B: net + VAT = total from
 * WHMCS, then pay (or PayPal), or go back, which cancels the quote. Errors keep what was chosen
 * and move focus to the error summary.
 */
export function PaymentFlow({
  setup,
  m,
  locale,
  quoteAction = quotePaymentAction,
}: {
  setup: PaymentFlowSetup;
  m: PaymentsMessages;
  locale: string;
  /**
   * The server action that places the order; a page may pass its own (e.g. the upgrade, which
   * must create the billing account first) as long as it ends in startPayment with
   * awaitConfirmation and answers a QuoteResult.
   */
  quoteAction?: (input: QuoteInput) => Promise<QuoteResult>;
}) {
  const router = useRouter();
  const { currency } = setup;
  const range = setup.amount.kind === "choose" ? setup.amount.range : null;
  const startMinor =
    setup.amount.kind === "choose" ? setup.amount.initialMinor : setup.amount.amountMinor;
  const [amountMinor, setAmountMinor] = useState(startMinor);
  const [amountText, setAmountText] = useState(amountFieldText(startMinor, currency));
  const [amountError, setAmountError] = useState<string | null>(null);
  const [choiceKey, setChoiceKey] = useState(setup.initialChoice);
  const [methodError, setMethodError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [quote, setQuote] = useState<QuoteView | null>(null);
  const [busy, setBusy] = useState<"quoting" | "paying" | "cancelling" | null>(null);
  const busyRef = useRef(false);
  const leaving = useRef(false);
  const summary = useRef<HTMLDivElement>(null);
  const stepA = useRef<HTMLHeadingElement>(null);
  // A new object per request, so asking for the same target twice still moves focus.
  const [focusRequest, setFocusRequest] = useState<{ target: "summary" | "stepA" } | null>(null);
  const attemptKey = useAttemptKey();
  const choice = setup.choices.find((c) => c.key === choiceKey) ?? null;
  const money = (value: number) => formatMoney({ amountMinor: value, currency }, locale);

  useEffect(() => {
    if (focusRequest?.target === "summary") summary.current?.focus();
    if (focusRequest?.target === "stepA") stepA.current?.focus();
  }, [focusRequest]);

  function amountProblem(text: string): string | null {
    if (!range) return null;
    const typed = readTypedAmount(text, currency, range);
    if (typed.ok) return null;
    if (typed.error === "below_min") {
      return formatMessage(locale, m.flow.amountBelowMin, { min: money(range.minMinor) });
    }
    if (typed.error === "above_max") {
      return formatMessage(locale, m.flow.amountAboveMax, { max: money(range.maxMinor) });
    }
    const digits = currencyDigits(currency);
    return digits === 0
      ? m.flow.amountFormatWhole
      : formatMessage(locale, m.flow.amountFormat, { digits });
  }

  function fail(message: string | null, fields: { amount?: string; method?: string } = {}) {
    setFormError(message);
    setAmountError(fields.amount ?? null);
    setMethodError(fields.method ?? null);
    setFocusRequest({ target: "summary" });
  }

  async function run(kind: "quoting" | "paying" | "cancelling", task: () => Promise<void>) {
    // A second click while one is running is ignored (and would reuse the same key anyway).
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(kind);
    try {
      await task();
    } catch {
      fail(m.flow.errors.unavailable);
    } finally {
      // Leaving for the provider or the return page: the buttons stay disabled until then.
      if (!leaving.current) {
        busyRef.current = false;
        setBusy(null);
      }
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const amountIssue = amountProblem(amountText);
    const methodIssue = choice && choice.kind !== "contact" ? null : m.flow.methodRequired;
    if (amountIssue || methodIssue) {
      fail(null, { amount: amountIssue ?? undefined, method: methodIssue ?? undefined });
      return;
    }
    if (!choice || choice.kind === "contact") return;
    const request = {
      purpose: setup.purpose,
      amountMinor,
      method: choice.method,
      paymentMethodId:
        choice.kind === "saved-card" || choice.kind === "saved-paypal"
          ? choice.paymentMethodId
          : undefined,
      invoiceId: setup.amount.kind === "fixed" ? setup.amount.invoiceId : undefined,
    };
    void run("quoting", async () => {
      const result = await quoteAction({
        ...request,
        idempotencyKey: attemptKey.for(JSON.stringify(request)),
      });
      if (result.ok) {
        setFormError(null);
        setAmountError(null);
        setMethodError(null);
        setQuote(result.quote);
        return;
      }
      if (!result.retryable) attemptKey.reset();
      fail(result.field ? null : result.message, {
        amount: result.field === "amount" ? result.message : undefined,
        method: result.field === "method" ? result.message : undefined,
      });
    });
  }

  function backToStepA(message: string | null) {
    attemptKey.reset();
    setQuote(null);
    if (message) fail(message);
    else setFocusRequest({ target: "stepA" });
  }

  function back() {
    if (!quote) return;
    void run("cancelling", async () => {
      await cancelQuoteAction({ paymentId: quote.paymentId });
      backToStepA(null);
    });
  }

  function pay(saveMethod: boolean) {
    if (!quote) return;
    void run("paying", async () => {
      const result = await confirmPaymentAction({ paymentId: quote.paymentId, saveMethod });
      if (!result.ok) return fail(result.message);
      attemptKey.reset();
      leaving.current = true;
      if (result.actionUrl) window.location.assign(result.actionUrl);
      else router.push(result.returnPath);
    });
  }

  const problems: FlowProblem[] = [
    ...(formError ? [{ message: formError, target: null }] : []),
    ...(amountError && amountError !== formError
      ? [{ message: amountError, target: AMOUNT_INPUT_ID }]
      : []),
    ...(methodError && methodError !== formError
      ? [{ message: methodError, target: METHOD_FIRST_ID }]
      : []),
  ];
  const errorSummary = (
    <ErrorSummary ref={summary} heading={m.flow.errorsHeading} problems={problems} />
  );

  if (quote && choice) {
    return (
      <div className="space-y-4">
        {errorSummary}
        <OrderConfirmation
          setup={setup}
          m={m}
          locale={locale}
          quote={quote}
          choice={choice}
          busy={busy === "paying" || busy === "cancelling" ? busy : null}
          onPay={pay}
          onBack={back}
          paypal={{
            createOrder: async ({ saveMethod, fundingSource }) => {
              const result = await confirmPaymentAction({
                paymentId: quote.paymentId,
                // A guest card payment through PayPal is never kept (DESIGN.md §4).
                saveMethod: fundingSource === "card" ? false : saveMethod,
              });
              if (!result.ok || !result.providerRef) throw new Error("no PayPal order");
              return result.providerRef;
            },
            onApprove: async () => {
              attemptKey.reset();
              router.push(`/billing/payments/${encodeURIComponent(quote.paymentId)}`);
            },
            onCancel: () => {
              void run("cancelling", async () => {
                await cancelQuoteAction({ paymentId: quote.paymentId });
                backToStepA(m.reasons.cancelled_by_customer);
              });
            },
            onError: () => fail(m.flow.errors.generic),
          }}
        />
      </div>
    );
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-6" aria-labelledby="pay-step-a">
      {errorSummary}
      <h2 id="pay-step-a" ref={stepA} tabIndex={-1} className="text-lg font-semibold">
        {m.flow.stepAmount}
      </h2>
      {range ? (
        <AmountField
          m={m}
          locale={locale}
          currency={currency}
          range={range}
          amountMinor={amountMinor}
          text={amountText}
          error={amountError}
          onSlide={(value) => {
            setAmountMinor(value);
            setAmountText(amountFieldText(value, currency));
            setAmountError(null);
          }}
          onType={(text) => {
            setAmountText(text);
            const typed = readTypedAmount(text, currency, range);
            if (typed.ok) {
              setAmountMinor(typed.amountMinor);
              setAmountError(null);
            }
          }}
        />
      ) : (
        <p className="text-lg">
          {m.flow.fixedAmount}:{" "}
          <strong className="tabular-nums" data-testid="fixed-amount">
            {money(amountMinor)}
          </strong>
        </p>
      )}
      <MethodPicker
        choices={setup.choices}
        value={choiceKey}
        onChange={(key) => {
          setChoiceKey(key);
          setMethodError(null);
        }}
        error={methodError}
        ctx={{ m, locale, currency, supportEmail: setup.supportEmail }}
      />
      <button
        type="submit"
        disabled={busy !== null}
        className="bg-brand rounded px-5 py-2 font-medium text-white disabled:opacity-70"
      >
        {busy === "quoting" ? m.flow.submitting : m.flow.submit}
      </button>
    </form>
  );
}
