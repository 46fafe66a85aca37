"use client";

import { useState } from "react";
import { CreationProgress } from "./creation-progress";
import { CustomForm } from "./custom-form";
import { LimitsPanel } from "./limits-panel";
import { QueryProvider } from "./query-provider";
import { TemplatesForm } from "./templates-form";
import type { WizardData } from "./types";

type Mode = "custom" | "templates";

/** Two modes as in the WHMCS panel it replaces; after a submit, the creation progress. */
export function NewEnvironmentWizard({ data }: { data: WizardData }) {
  const [mode, setMode] = useState<Mode>("custom");
  const [created, setCreated] = useState<string | null>(null);
  const { m } = data;
  if (created) {
    return (
      <QueryProvider>
        <CreationProgress
          name={created}
          locale={data.locale}
          m={m}
          statusLabels={data.statusLabels}
        />
      </QueryProvider>
    );
  }
  const tab = (value: Mode, label: string) => (
    <label
      className={`cursor-pointer rounded px-4 py-2 text-sm font-medium focus-within:ring-2 focus-within:ring-sky-600 ${mode === value ? "bg-brand text-white" : "bg-slate-100"}`}
    >
      <input
        type="radio"
        name="mode"
        value={value}
        checked={mode === value}
        onChange={() => setMode(value)}
        className="sr-only"
      />
      {label}
    </label>
  );
  return (
    <div className="space-y-6">
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">{m.modes.label}</legend>
        {tab("custom", m.modes.custom)}
        {tab("templates", m.modes.templates)}
      </fieldset>
      <LimitsPanel data={data} />
      {mode === "custom" ? (
        <CustomForm data={data} onCreated={setCreated} />
      ) : (
        <TemplatesForm data={data} onCreated={setCreated} />
      )}
    </div>
  );
}
