"use client";

import { useMemo, useState, useTransition } from "react";
import { customInputSchema, issuesOf, MAX_LAYERS } from "@/lib/new-environment/input";
import { quotaIssues } from "@/lib/new-environment/topology";
import { createEnvironmentAction } from "../actions";
import { newLayer, toEstimateLayers, toLayerInput } from "./drafts";
import { EstimatePanel } from "./estimate-panel";
import { errorId, FieldError } from "./field-error";
import { LayerFields } from "./layer-fields";
import { NameField } from "./name-field";
import { RegionSelect } from "./region-select";
import type { FieldErrors, LayerDraft, WizardData } from "./types";
import type { FormEvent } from "react";

/** "Custom parameters": every input stays in this component, so a failed submit loses nothing. */
export function CustomForm({
  data,
  onCreated,
}: {
  data: WizardData;
  onCreated: (name: string) => void;
}) {
  const { m, stacks, regions } = data;
  const [name, setName] = useState("");
  const [region, setRegion] = useState(regions[0]?.id ?? "");
  const [ssl, setSsl] = useState(true);
  const [layers, setLayers] = useState<LayerDraft[]>(() => [
    newLayer(stacks.find((s) => s.category === "appServer")?.nodeType ?? stacks[0]?.nodeType ?? ""),
  ]);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [pending, startTransition] = useTransition();

  const specs = useMemo(() => toEstimateLayers(layers), [layers]);
  const input = { name: name.trim(), region, sslEnabled: ssl, layers: layers.map(toLayerInput) };
  const parsed = customInputSchema.safeParse(input);
  const issues = {
    ...(submitted && !parsed.success ? issuesOf(parsed.error) : {}),
    // Quotas use the clamped values, so a half-typed number does not flash a quota error.
    ...quotaIssues(specs, data.quotas, data.ownedEnvironments),
  };
  const errors: FieldErrors = { ...translate(issues, m.errors), ...serverErrors };
  delete errors.form;
  const formError = serverErrors.form;

  const change =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      setServerErrors({});
    };

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!parsed.success || Object.keys(issues).length > 0) return;
    startTransition(async () => {
      try {
        const result = await createEnvironmentAction(parsed.data);
        if (result.ok) onCreated(result.name);
        else setServerErrors(result.errors);
      } catch {
        setServerErrors({ form: m.errors.unavailable });
      }
    });
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-5">
        <NameField
          id="env-name"
          value={name}
          onChange={change(setName)}
          error={errors.name}
          data={data}
        />
        <RegionSelect
          id="env-region"
          value={region}
          onChange={change(setRegion)}
          error={errors.region}
          data={data}
        />
        <div>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              id="env-ssl"
              type="checkbox"
              checked={ssl}
              onChange={(e) => change(setSsl)(e.target.checked)}
            />
            {m.ssl.label}
          </label>
          <p className="text-xs text-slate-600">{m.ssl.hint}</p>
        </div>
        {layers.map((draft, index) => (
          <LayerFields
            key={draft.key}
            index={index}
            draft={draft}
            spec={specs[index]}
            errors={errors}
            data={data}
            onChange={(next) =>
              change(setLayers)(layers.map((l) => (l.key === draft.key ? next : l)))
            }
            onRemove={
              layers.length > 1
                ? () => change(setLayers)(layers.filter((l) => l.key !== draft.key))
                : null
            }
          />
        ))}
        {layers.length < MAX_LAYERS && (
          <button
            type="button"
            onClick={() => change(setLayers)([...layers, newLayer("")])}
            className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100"
          >
            {m.layer.add}
          </button>
        )}
      </div>
      <div className="space-y-4">
        <EstimatePanel
          pricing={data.pricing}
          currency={data.currency}
          locale={data.locale}
          m={m}
          layers={specs}
          ssl={ssl}
        />
        {formError && (
          <p
            role="alert"
            id="new-env-error"
            className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
          >
            {formError}
          </p>
        )}
        <FieldError id={errorId("layers")} message={errors.layers} />
        <button
          type="submit"
          disabled={pending}
          className="bg-brand w-full rounded px-4 py-2 font-medium text-white disabled:opacity-70"
        >
          {pending ? m.submitting : m.submit}
        </button>
      </div>
    </form>
  );
}

function translate(issues: Record<string, string>, messages: Record<string, string>): FieldErrors {
  return Object.fromEntries(
    Object.entries(issues).map(([path, key]) => [path, messages[key] ?? key]),
  );
}
