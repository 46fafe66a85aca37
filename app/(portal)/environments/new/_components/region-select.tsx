"use client";

import { errorId, FieldError } from "./field-error";
import type { WizardData } from "./types";

export function RegionSelect({
  id,
  value,
  onChange,
  error,
  data,
}: {
  id: string;
  value: string;
  onChange: (region: string) => void;
  error: string | undefined;
  data: Pick<WizardData, "m" | "regions">;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {data.m.region.label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId("region") : undefined}
        className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
      >
        {data.regions.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
      <FieldError id={errorId("region")} message={error} />
    </div>
  );
}
