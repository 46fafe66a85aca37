"use client";

import { useActionState, useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { makeDefaultAction, removeMethodAction } from "../actions";
import { initialMethodState, type MethodActionState } from "./form-states";

/** One saved method, already named and translated on the server. */
export type MethodRow = {
  id: string;
  /** Spoken name, e.g. "Visa ending in 4242". */
  title: string;
  /** Shown name, e.g. "Visa •••• 4242". */
  visual: string;
  /** Expiry of a card, email of a PayPal account. */
  detail: string | null;
  isDefault: boolean;
  expired: boolean;
  makeDefaultName: string;
  removeName: string;
  question: string;
  confirm: string;
};

export type MethodListLabels = {
  defaultBadge: string;
  expiredBadge: string;
  makeDefault: string;
  makingDefault: string;
  remove: string;
  removing: string;
  cancel: string;
  newDefaultLegend: string;
};

function MakeDefaultButton({ name, labels }: { name: string; labels: MethodListLabels }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      aria-label={name}
      disabled={pending}
      className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-70"
    >
      {pending ? labels.makingDefault : labels.makeDefault}
    </button>
  );
}

/**
 * The saved methods with their actions. The outcome of the latest action is announced in a region
 * that stays when the row is gone, and receives focus so keyboard users land on it.
 */
export function MethodList({ rows, labels }: { rows: MethodRow[]; labels: MethodListLabels }) {
  const [defaultState, defaultAction] = useActionState(makeDefaultAction, initialMethodState);
  const [removeState, removeAction] = useActionState(removeMethodAction, initialMethodState);
  const shown: MethodActionState =
    (removeState.at ?? 0) > (defaultState.at ?? 0) ? removeState : defaultState;
  const outcomeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (shown.status !== "idle") outcomeRef.current?.focus();
  }, [shown]);

  return (
    <div className="space-y-3">
      {shown.status !== "idle" && (
        <p
          ref={outcomeRef}
          tabIndex={-1}
          role={shown.status === "error" ? "alert" : "status"}
          id="payment-method-outcome"
          className={
            shown.status === "error"
              ? "rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
              : "rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900"
          }
        >
          {shown.message}
        </p>
      )}
      <ul className="space-y-3">
        {rows.map((row) => {
          const others = rows.filter((other) => other.id !== row.id);
          return (
            <li
              key={row.id}
              data-testid="payment-method"
              className="flex flex-wrap items-start justify-between gap-3 rounded border border-slate-200 p-3"
            >
              <div className="space-y-1">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  <span aria-hidden="true">{row.visual}</span>
                  <span className="sr-only">{row.title}</span>
                  {row.isDefault && (
                    <span className="rounded bg-blue-100 px-2 py-0.5 text-xs font-semibold text-blue-900">
                      {labels.defaultBadge}
                    </span>
                  )}
                  {row.expired && (
                    <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">
                      {labels.expiredBadge}
                    </span>
                  )}
                </p>
                {row.detail && <p className="text-sm text-slate-700">{row.detail}</p>}
              </div>
              <div className="flex flex-wrap items-start gap-2">
                {!row.isDefault && (
                  <form action={defaultAction}>
                    <input type="hidden" name="id" value={row.id} />
                    <MakeDefaultButton name={row.makeDefaultName} labels={labels} />
                  </form>
                )}
                <form action={removeAction}>
                  <input type="hidden" name="id" value={row.id} />
                  <ConfirmSubmit
                    id={`remove-${row.id}`}
                    labels={{
                      trigger: labels.remove,
                      triggerName: row.removeName,
                      question: row.question,
                      confirm: row.confirm,
                      cancel: labels.cancel,
                      pending: labels.removing,
                    }}
                  >
                    {row.isDefault && others.length > 0 && (
                      <fieldset className="space-y-1">
                        <legend className="text-sm font-medium text-red-900">
                          {labels.newDefaultLegend}
                        </legend>
                        {others.map((other) => (
                          <label key={other.id} className="flex items-center gap-2 text-sm">
                            <input type="radio" name="newDefaultId" value={other.id} required />
                            {other.title}
                          </label>
                        ))}
                      </fieldset>
                    )}
                  </ConfirmSubmit>
                </form>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
