"use client";

import { useEffect, useRef } from "react";

export type SummaryItem = { fieldId: string; message: string };

/**
 * The list of problems above the form, focused after every failed submit so keyboard and
 * screen-reader users start there; each entry links to its field.
 */
export function ErrorSummary({
  heading,
  intro,
  items,
  attempt,
}: {
  heading: string;
  intro?: string;
  items: SummaryItem[];
  attempt: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="upgrade-error-summary-heading"
      className="rounded border-2 border-red-700 bg-red-50 p-4 text-sm text-red-900 focus:outline-3 focus:outline-offset-2 focus:outline-red-700"
    >
      <h2 id="upgrade-error-summary-heading" className="mb-1 text-base font-semibold">
        {heading}
      </h2>
      {intro && <p className="mb-2">{intro}</p>}
      {items.length > 0 && (
        <ul className="list-disc space-y-1 pl-5">
          {items.map((item) => (
            <li key={item.fieldId}>
              <a href={`#${item.fieldId}`} className="underline">
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
