"use client";

import { useActionState } from "react";
import { setBuiltInSslAction, type SslActionState } from "../actions";

export type BuiltInSslLabels = { name: string; state: string; saving: string };

const initial: SslActionState = {};

/** A switch that submits: its checked state is the platform's, refreshed after each change. */
export function BuiltInSslForm({
  envName,
  enabled,
  labels,
}: {
  envName: string;
  enabled: boolean;
  labels: BuiltInSslLabels;
}) {
  const [state, formAction, pending] = useActionState(setBuiltInSslAction, initial);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="envName" value={envName} />
      <input type="hidden" name="enabled" value={String(!enabled)} />
      <div className="flex items-center gap-3">
        <button
          type="submit"
          role="switch"
          aria-checked={enabled}
          aria-describedby="builtin-ssl-state"
          disabled={pending}
          className={`relative h-6 w-11 rounded-full transition disabled:opacity-70 ${enabled ? "bg-green-600" : "bg-slate-400"}`}
        >
          <span className="sr-only">{labels.name}</span>
          <span
            aria-hidden="true"
            className={`absolute top-0.5 h-5 w-5 rounded-full bg-white transition-all ${enabled ? "left-5" : "left-0.5"}`}
          />
        </button>
        <span id="builtin-ssl-state" className="text-sm" data-testid="builtin-ssl-state">
          {pending ? labels.saving : labels.state}
        </span>
      </div>
      {state.error && (
        <p role="alert" id="builtin-ssl-error" className="text-sm text-red-800">
          {state.error}
        </p>
      )}
      <p role="status" id="builtin-ssl-status" className="text-sm text-green-900">
        {state.message}
      </p>
    </form>
  );
}
