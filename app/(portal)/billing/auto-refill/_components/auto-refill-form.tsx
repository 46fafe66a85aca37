"use client";

import { useActionState, useEffect, useRef } from "react";
import { MoneyField } from "./money-field";
import { saveAutoRefillAction } from "../actions";
import { initialAutoRefillState, type AutoRefillFormValues } from "./form-states";

export type AutoRefillFormLabels = {
  enabled: string;
  threshold: string;
  thresholdHint: string;
  amount: string;
  amountHint: string;
  save: string;
  saving: string;
};

/**
 * Enable/disable, threshold and amount as typed money. Errors are tied to their fields
 * (aria-describedby, aria-invalid) and the first invalid field receives focus; a success or
 * form-level problem is announced and focused.
 */
export function AutoRefillForm({
  initial,
  labels,
}: {
  initial: AutoRefillFormValues;
  labels: AutoRefillFormLabels;
}) {
  const [state, formAction, pending] = useActionState(saveAutoRefillAction, initialAutoRefillState);
  // After an error the typed text comes back as it was; otherwise the server's saved values (the
  // page re-renders with them after every save or switch-off).
  const values = state.status === "error" && state.values ? state.values : initial;
  const errors = state.fieldErrors ?? {};
  const thresholdRef = useRef<HTMLInputElement>(null);
  const amountRef = useRef<HTMLInputElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (state.status === "idle") return;
    if (state.fieldErrors?.threshold) thresholdRef.current?.focus();
    else if (state.fieldErrors?.amount) amountRef.current?.focus();
    else messageRef.current?.focus();
  }, [state]);

  return (
    // The key resets the uncontrolled fields to what the server sent back after each submit.
    <form action={formAction} noValidate className="space-y-4" key={JSON.stringify(values)}>
      {state.status !== "idle" && (
        <p
          ref={messageRef}
          tabIndex={-1}
          role={state.status === "error" ? "alert" : "status"}
          id="auto-refill-outcome"
          className={
            state.status === "error"
              ? "rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
              : "rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900"
          }
        >
          {state.message}
        </p>
      )}
      <div className="flex items-center gap-2">
        <input
          id="auto-refill-enabled"
          name="enabled"
          type="checkbox"
          defaultChecked={values.enabled}
          className="h-4 w-4"
        />
        <label htmlFor="auto-refill-enabled" className="text-sm font-medium">
          {labels.enabled}
        </label>
      </div>
      <MoneyField
        name="threshold"
        label={labels.threshold}
        hint={labels.thresholdHint}
        value={values.threshold}
        error={errors.threshold}
        inputRef={thresholdRef}
      />
      <MoneyField
        name="amount"
        label={labels.amount}
        hint={labels.amountHint}
        value={values.amount}
        error={errors.amount}
        inputRef={amountRef}
      />
      <button
        type="submit"
        disabled={pending}
        className="bg-brand rounded px-4 py-2 text-sm font-medium text-white disabled:opacity-70"
      >
        {pending ? labels.saving : labels.save}
      </button>
    </form>
  );
}
