"use client";

import type { PaymentsMessages } from "@/lib/i18n/messages/payments.en";
import type { MethodChoice } from "@/lib/payments/ui/flow-types";
import { methodLabel } from "./method-label";

export const METHOD_FIRST_ID = "pay-method-0";

/**
 * The payment method radio group. "Contact us" methods are disabled radios whose text carries the
 * support contact, so they are read out with the group but cannot be chosen.
 */
export function MethodPicker({
  choices,
  value,
  onChange,
  error,
  ctx,
}: {
  choices: MethodChoice[];
  value: string | null;
  onChange(key: string): void;
  error: string | null;
  ctx: { m: PaymentsMessages; locale: string; currency: string; supportEmail: string };
}) {
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={error ? "pay-method-error" : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="mb-2 font-medium">{ctx.m.flow.methodLegend}</legend>
      {error && (
        <p id="pay-method-error" className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      {choices.map((choice, index) => {
        const { label, detail } = methodLabel(choice, ctx);
        const id = `pay-method-${index}`;
        const disabled = choice.kind === "contact";
        return (
          <div
            key={choice.key}
            className={`flex items-start gap-3 rounded border p-3 ${
              value === choice.key ? "border-brand bg-slate-50" : "border-slate-300"
            }`}
          >
            <input
              id={id}
              type="radio"
              name="payment-method"
              value={choice.key}
              checked={value === choice.key}
              disabled={disabled}
              onChange={() => onChange(choice.key)}
              aria-describedby={detail ? `${id}-detail` : undefined}
              className="mt-1 h-5 w-5"
            />
            <div>
              <label htmlFor={id} className={disabled ? "text-slate-700" : "font-medium"}>
                {label}
              </label>
              {detail && (
                <p id={`${id}-detail`} className="text-sm text-slate-700">
                  {detail}
                </p>
              )}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
