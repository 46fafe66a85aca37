"use client";

import { useEffect, useRef } from "react";

export type ActionResultState = { status: "idle" | "success" | "error"; message?: string };

/**
 * The outcome of a form's server action as a message that receives focus when it changes, so a
 * keyboard or screen-reader user hears it even when the button that caused it disappeared.
 */
export function ActionResult({
  state,
  boxed = false,
}: {
  state: ActionResultState;
  /** A bordered box (page-level result) instead of a line of text next to an item. */
  boxed?: boolean;
}) {
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status !== "idle") messageRef.current?.focus();
  }, [state]);
  if (state.status === "idle") return null;
  const error = state.status === "error";
  const tone = error ? "text-red-800" : "text-green-900";
  const box = error ? "border-red-300 bg-red-50" : "border-green-300 bg-green-50";
  return (
    <p
      ref={messageRef}
      tabIndex={-1}
      role={error ? "alert" : "status"}
      className={boxed ? `rounded border p-2 text-sm ${box} ${tone}` : `text-sm ${tone}`}
    >
      {state.message}
    </p>
  );
}
