"use client";

import { useActionState, useEffect, useRef } from "react";
import { switchOffAutoRefillAction } from "../actions";
import { initialSwitchOffState } from "./form-states";

/**
 * "Switch off auto-refill": one button, shown while auto-refill is on. The component stays mounted
 * when the page re-renders without the button, so the outcome is still announced and focused.
 */
export function SwitchOffForm({
  enabled,
  labels,
}: {
  enabled: boolean;
  labels: { switchOff: string; switchingOff: string };
}) {
  const [state, formAction, pending] = useActionState(
    switchOffAutoRefillAction,
    initialSwitchOffState,
  );
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status === "success") messageRef.current?.focus();
  }, [state]);
  return (
    <form action={formAction} className="space-y-2">
      {state.status === "success" && (
        <p
          ref={messageRef}
          tabIndex={-1}
          role="status"
          className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900"
        >
          {state.message}
        </p>
      )}
      {enabled && (
        <button
          type="submit"
          disabled={pending}
          className="rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-70"
        >
          {pending ? labels.switchingOff : labels.switchOff}
        </button>
      )}
    </form>
  );
}
