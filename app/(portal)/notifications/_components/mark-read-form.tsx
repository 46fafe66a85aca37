"use client";

import { useActionState } from "react";
import { ActionResult } from "@/components/ui/action-result";
import { markNotificationReadAction } from "../actions";
import { initialMarkReadState } from "./form-states";

/**
 * "Mark as read" for one notification. It stays mounted when the item turns read, so the result is
 * announced and focus moves to it instead of being lost with the button that disappeared.
 */
export function MarkReadForm({
  id,
  unread,
  text,
  context,
  pendingText,
}: {
  id: string;
  unread: boolean;
  text: string;
  /** Which notification, for screen readers: the visible "Mark as read" starts the name. */
  context: string;
  pendingText: string;
}) {
  const [state, formAction, pending] = useActionState(
    markNotificationReadAction,
    initialMarkReadState,
  );

  return (
    <div className="flex flex-wrap items-center gap-3">
      {unread && (
        <form action={formAction}>
          <input type="hidden" name="id" value={id} />
          <button
            type="submit"
            disabled={pending}
            className="rounded border border-slate-400 bg-white px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-60"
          >
            {pending ? pendingText : text}
            <span className="sr-only"> {context}</span>
          </button>
        </form>
      )}
      <ActionResult state={state} />
    </div>
  );
}
