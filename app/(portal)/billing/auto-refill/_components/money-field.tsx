import type { RefObject } from "react";

const inputClass =
  "w-40 rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

/** A typed money amount with its hint and, after a failed save, its error (both announced). */
export function MoneyField({
  name,
  label,
  hint,
  value,
  error,
  inputRef,
}: {
  name: "threshold" | "amount";
  label: string;
  hint: string;
  value: string;
  error: string | undefined;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const id = `auto-refill-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        name={name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        className={inputClass}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-700">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
