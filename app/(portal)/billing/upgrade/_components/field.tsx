import type { ReactNode } from "react";

/**
 * One labelled form field: the error is read before the hint (aria-describedby order), and the
 * control is marked invalid while it has an error. The control itself is passed in.
 */
export function Field({
  id,
  label,
  required,
  optionalText,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  optionalText?: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-red-800">
            {" *"}
          </span>
        ) : (
          optionalText && <span className="font-normal text-slate-600"> ({optionalText})</span>
        )}
      </label>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}

/** aria-describedby / aria-invalid of a control inside <Field>. */
export function describedBy(id: string, error?: string, hint?: string) {
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean);
  return {
    "aria-describedby": ids.length ? ids.join(" ") : undefined,
    "aria-invalid": error ? true : undefined,
  } as const;
}

export const inputClass =
  "w-full rounded border border-slate-500 px-3 py-2 aria-[invalid=true]:border-red-700 read-only:bg-slate-100";
