"use client";

import { useActionState } from "react";
import { ActionResult } from "@/components/ui/action-result";
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
      <ActionResult state={state} boxed />
    </div>
  );
}
