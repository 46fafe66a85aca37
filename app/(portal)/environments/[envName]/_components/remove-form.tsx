"use client";

import Link from "next/link";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { removeEnvironmentAction } from "../actions";

type Labels = { password: string; confirm: string; cancel: string };

/** The password is never returned to the form after a failure; the user types it again. */
export function RemoveForm({ envName, labels }: { envName: string; labels: Labels }) {
  const [state, action, pending] = useActionState(removeEnvironmentAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="envName" value={envName} />
      {state.error && (
        <p
          id="remove-error"
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
        >
          {state.error}
        </p>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor="remove-password" className="text-sm font-medium">
          {labels.password}
        </label>
        <input
          id="remove-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={state.error ? "remove-error" : undefined}
          className="max-w-sm rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <div className="flex gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-red-700 px-4 py-2 font-medium text-white disabled:opacity-60"
        >
          {labels.confirm}
        </button>
        <Link
          href={`/environments/${envName}`}
          className="rounded border border-slate-400 px-4 py-2"
        >
          {labels.cancel}
        </Link>
      </div>
    </form>
  );
}
