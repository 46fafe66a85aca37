"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";

export type ConfirmSubmitLabels = {
  trigger: string;
  /** Accessible name of the trigger when several look alike ("Remove Visa ending in 4242"). */
  triggerName?: string;
  question: string;
  confirm: string;
  cancel: string;
  pending: string;
};

/**
 * A destructive submit in two steps, inside its parent <form>: the first button only asks, the
 * second submits. Focus moves to the question's confirm button — or to the first field of
 * `children`, a choice to make before confirming — and back to the trigger on cancel or Escape,
 * so keyboard and screen-reader users follow the step.
 */
export function ConfirmSubmit({
  labels,
  id,
  children,
}: {
  labels: ConfirmSubmitLabels;
  id: string;
  children?: ReactNode;
}) {
  const [asking, setAsking] = useState(false);
  const { pending } = useFormStatus();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const groupRef = useRef<HTMLDivElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) {
      const field = groupRef.current?.querySelector<HTMLElement>(
        "input:not([type=hidden]), select, textarea",
      );
      (field ?? confirmRef.current)?.focus();
    } else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking)
    return (
      <button
        ref={triggerRef}
        type="button"
        aria-label={labels.triggerName}
        onClick={() => setAsking(true)}
        className="rounded border border-red-300 px-3 py-1 text-sm text-red-800 hover:bg-red-50"
      >
        {labels.trigger}
      </button>
    );
  return (
    <div
      ref={groupRef}
      role="group"
      aria-labelledby={`${id}-question`}
      onKeyDown={(event) => {
        if (event.key === "Escape") setAsking(false);
      }}
      className="space-y-2 rounded border border-red-200 bg-red-50 p-3"
    >
      <p id={`${id}-question`} className="text-sm text-red-900">
        {labels.question}
      </p>
      {children}
      <div className="flex gap-2">
        <button
          ref={confirmRef}
          type="submit"
          disabled={pending}
          className="rounded bg-red-700 px-3 py-1 text-sm font-medium text-white disabled:opacity-70"
        >
          {pending ? labels.pending : labels.confirm}
        </button>
        <button
          type="button"
          onClick={() => setAsking(false)}
          className="rounded border border-slate-300 bg-white px-3 py-1 text-sm"
        >
          {labels.cancel}
        </button>
      </div>
    </div>
  );
}
