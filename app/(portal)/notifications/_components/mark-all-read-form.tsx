"use client";

import { useActionState, useEffect, useRef } from "react";
import { markAllNotificationsReadAction } from "../actions";
import { initialMarkReadState } from "./form-states";

/** Shown only while something is unread (no dead button); the result stays as a status message. */
export function MarkAllReadForm({
  unread,
  text,
  pendingText,
}: {
  unread: number;
  text: string;
  pendingText: string;
}) {
  const [state, formAction, pending] = useActionState(
    markAllNotificationsReadAction,
    initialMarkReadState,
  );
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status !== "idle") messageRef.current?.focus();
  }, [state]);

  return (
    <div className="flex flex-wrap items-center gap-3">
      {unread > 0 && (
        <form action={formAction}>
          <button
            type="submit"
            disabled={pending}
            className="bg-brand rounded px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
          >
            {pending ? pendingText : text}
          </button>
        </form>
      )}
      {state.status !== "idle" && (
        <p
          ref={messageRef}
          tabIndex={-1}
          role={state.status === "error" ? "alert" : "status"}
          className={
            state.status === "error"
              ? "rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800"
              : "rounded border border-green-300 bg-green-50 p-2 text-sm text-green-900"
          }
        >
          {state.message}
        </p>
      )}
    </div>
  );
}
