"use client";

import { forwardRef } from "react";

export type FlowProblem = { message: string; target: string | null };

/**
 * The list of problems above the form. The flow moves focus here after a failed submit, so
 * keyboard and screen-reader users land on what went wrong; each item links to its field.
 */
export const ErrorSummary = forwardRef<
  HTMLDivElement,
  { heading: string; problems: FlowProblem[] }
>(function ErrorSummary({ heading, problems }, ref) {
  if (problems.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby="pay-errors-heading"
      data-testid="payment-errors"
      className="rounded border-2 border-red-700 bg-red-50 p-4"
    >
      <h2 id="pay-errors-heading" className="font-semibold text-red-900">
        {heading}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-red-900">
        {problems.map((problem) => (
          <li key={problem.message}>
            {problem.target ? (
              <a href={`#${problem.target}`} className="underline">
                {problem.message}
              </a>
            ) : (
              problem.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});
