"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { setRunningAction } from "../actions";

/** Start / Stop with feedback; disabled while the platform works on it. */
export function RunToggle({
  envName,
  running,
  label,
}: {
  envName: string;
  running: boolean;
  label: string;
}) {
  const [state, action, pending] = useActionState(setRunningAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="envName" value={envName} />
      <input type="hidden" name="running" value={String(!running)} />
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending}
        className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60"
      >
        {label}
      </button>
      {state.error && (
        <p id="run-error" role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      )}
      {state.values?.notice && (
        <p role="status" className="text-sm text-green-800">
          {state.values.notice}
        </p>
      )}
    </form>
  );
}
