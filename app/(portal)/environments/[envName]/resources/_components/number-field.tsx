"use client";

import type { ResourcesDraft } from "./draft";

export type NumericField = Exclude<keyof ResourcesDraft, "nodeGroup" | "publicIp">;

type Props = {
  id: string;
  label: string;
  value: string;
  increment: number;
  /** The id of the message under the field when it has an error. */
  error: string | undefined;
  onChange: (value: string) => void;
};

/** A labelled whole-number input; the text is kept as typed so an emptied field stays empty. */
export function NumberField({ id, label, value, increment, error, onChange }: Props) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        step={increment}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error}
        className="mt-1 w-full rounded border border-slate-400 px-2 py-1"
      />
    </div>
  );
}
