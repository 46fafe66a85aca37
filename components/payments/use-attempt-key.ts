"use client";

import { useRef } from "react";

/**
 * One idempotency key per form submission, made in the browser: the same request sent again (a
 * double click, a retry after "try again in a minute") carries the same key, so the server finds
 * the same attempt instead of ordering twice. A different amount or method, "Back", or a final
 * answer starts a new key.
 */
export function useAttemptKey() {
  const current = useRef<{ key: string; request: string } | null>(null);
  return {
    for(request: string): string {
      if (current.current?.request !== request) {
        current.current = { key: randomKey(), request };
      }
      return current.current.key;
    },
    reset() {
      current.current = null;
    },
  };
}

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `pay_${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
