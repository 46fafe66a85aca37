"use client";

import { useEffect, useRef, useState } from "react";
import { formatMoney } from "@/lib/billing/money";
import { formatMessage } from "@/lib/i18n/format-message";
import type { PaymentsMessages } from "@/lib/i18n/messages/payments.en";
import type { MethodChoice, PaymentFlowSetup, QuoteView } from "@/lib/payments/ui/flow-types";
import { OrderSummary } from "./order-summary";
import { PayPalCheckout } from "./paypal-checkout";
import type { PayPalCheckoutProps } from "./paypal-checkout-types";

/**
 * Step B, "Confirm your order": the WHMCS amounts, then what paying with the chosen method means
 * (save-card opt-in, saved card, credit, or the PayPal buttons), "Pay" and "Back".
 */
export function OrderConfirmation({
  setup,
  m,
  locale,
  quote,
  choice,
  busy,
  onPay,
  onBack,
  paypal,
}: {
  setup: PaymentFlowSetup;
  m: PaymentsMessages;
  locale: string;
  quote: QuoteView;
  choice: MethodChoice;
  busy: "paying" | "cancelling" | null;
  onPay(saveMethod: boolean): void;
  onBack(): void;
  paypal: Omit<PayPalCheckoutProps, "hosterName" | "sdk" | "offerSave">;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [saveCard, setSaveCard] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  const money = (amountMinor: number) =>
    formatMoney({ amountMinor, currency: quote.currency }, locale);
  const fixed = setup.amount.kind === "fixed" ? setup.amount : null;
  const isInvoice = fixed !== null;
  const invoiceNumber =
    fixed?.invoiceNumber ?? (quote.invoiceId === null ? null : String(quote.invoiceId));
  const creditShort = choice.kind === "credit" && choice.availableMinor < quote.totalMinor;
  const canPay = !creditShort && choice.kind !== "paypal" && choice.kind !== "contact";

  return (
    <section
      aria-labelledby="pay-confirm-heading"
      data-payment-id={quote.paymentId}
      className="space-y-4"
    >
      <h2 id="pay-confirm-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {m.flow.stepConfirm}
      </h2>
      <OrderSummary
        m={m}
        locale={locale}
        currency={quote.currency}
        invoiceNumber={invoiceNumber}
        amounts={
          isInvoice
            ? { dueMinor: quote.totalMinor }
            : {
                netMinor: quote.amountMinor,
                taxMinor: quote.taxMinor,
                totalMinor: quote.totalMinor,
              }
        }
      />
      {choice.kind === "new-card" && (
        <div className="space-y-2">
          <div className="flex items-center gap-2">
            <input
              id="pay-save-card"
              type="checkbox"
              checked={saveCard}
              onChange={(event) => setSaveCard(event.target.checked)}
              className="h-5 w-5"
            />
            <label htmlFor="pay-save-card">{m.flow.saveCard}</label>
          </div>
          <p className="text-sm text-slate-700">{m.flow.newCardNote}</p>
        </div>
      )}
      {choice.kind === "saved-card" && <p>{m.flow.savedCardNote}</p>}
      {choice.kind === "saved-paypal" && (
        <p>{formatMessage(locale, m.flow.savedPaypalNote, { email: choice.email })}</p>
      )}
      {choice.kind === "credit" &&
        (creditShort ? (
          <p role="alert" className="font-medium text-red-800">
            {formatMessage(locale, m.flow.creditTooLow, {
              credit: money(choice.availableMinor),
              total: money(quote.totalMinor),
            })}
          </p>
        ) : (
          <p>
            {formatMessage(locale, m.flow.creditNote, { amount: money(choice.availableMinor) })}
          </p>
        ))}
      {choice.kind === "paypal" && setup.paypal && (
        <PayPalCheckout
          {...paypal}
          hosterName={setup.hosterName}
          sdk={setup.paypal}
          offerSave={setup.purpose !== "invoice"}
          disabled={busy !== null}
        />
      )}
      <div className="flex flex-wrap gap-3">
        {canPay && (
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => onPay(choice.kind === "new-card" && saveCard)}
            className="bg-brand rounded px-5 py-2 font-medium text-white disabled:opacity-70"
          >
            {busy === "paying"
              ? m.flow.paying
              : formatMessage(locale, m.flow.pay, { total: money(quote.totalMinor) })}
          </button>
        )}
        <button
          type="button"
          disabled={busy !== null}
          onClick={onBack}
          className="rounded border border-slate-400 bg-white px-5 py-2 font-medium hover:bg-slate-100 disabled:opacity-70"
        >
          {busy === "cancelling" ? m.flow.cancelling : m.flow.back}
        </button>
      </div>
    </section>
  );
}
