"use client";

import { formatMoney } from "@/lib/billing/money";
import { formatMessage } from "@/lib/i18n/format-message";
import type { PaymentsMessages } from "@/lib/i18n/messages/payments.en";
import type { AmountRange } from "@/lib/payments/ui/amount-input";
import { AmountSlider } from "./amount-slider";

export const AMOUNT_INPUT_ID = "pay-amount";

/**
 * The slider and the typed amount, kept in sync by the flow: moving the slider rewrites the
 * field; a valid typed amount moves the slider. "VAT is added at checkout" sits with them.
 * Problems are shown on submit, not on blur: an error appearing while the pointer is on its way
 * to "Submit Payment" would move the button from under it.
 */
export function AmountField({
  m,
  locale,
  currency,
  range,
  amountMinor,
  text,
  error,
  onSlide,
  onType,
}: {
  m: PaymentsMessages;
  locale: string;
  currency: string;
  range: AmountRange;
  amountMinor: number;
  text: string;
  error: string | null;
  onSlide(value: number): void;
  onType(text: string): void;
}) {
  const money = (amount: number) => formatMoney({ amountMinor: amount, currency }, locale);
  const hint = formatMessage(locale, m.flow.amountHint, {
    min: money(range.minMinor),
    max: money(range.maxMinor),
  });
  return (
    <div className="space-y-3">
      <p id="pay-slider-label" className="font-medium">
        {m.flow.sliderLabel}
      </p>
      <AmountSlider
        labelId="pay-slider-label"
        describedBy="pay-amount-hint"
        value={amountMinor}
        range={range}
        valueText={money(amountMinor)}
        onChange={onSlide}
      />
      <div className="flex justify-between text-sm text-slate-700" aria-hidden="true">
        <span>{money(range.minMinor)}</span>
        <span>{money(range.maxMinor)}</span>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={AMOUNT_INPUT_ID} className="font-medium">
          {formatMessage(locale, m.flow.amountLabel, { currency })}
        </label>
        <input
          id={AMOUNT_INPUT_ID}
          name="amount"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "pay-amount-error pay-amount-hint" : "pay-amount-hint"}
          onChange={(event) => onType(event.target.value)}
          className={`w-40 rounded border px-3 py-2 tabular-nums ${
            error ? "border-red-700" : "border-slate-400"
          }`}
        />
        {error && (
          <p id="pay-amount-error" className="text-sm font-medium text-red-800">
            {error}
          </p>
        )}
        <p id="pay-amount-hint" className="text-sm text-slate-700">
          {hint} {m.flow.vatNote}
        </p>
      </div>
    </div>
  );
}
