"use client";

import { useState, useTransition, type FormEvent } from "react";
import { issuesOf, marketplaceInputSchema } from "@/lib/new-environment/input";
import { quotaIssues } from "@/lib/new-environment/topology";
import { installTemplateAction } from "../actions";
import { EstimatePanel } from "./estimate-panel";
import { errorId, FieldError } from "./field-error";
import { formatMessage } from "./format";
import { NameField } from "./name-field";
import { RegionSelect } from "./region-select";
import type { FieldErrors, WizardData } from "./types";

/** "Application templates": pick a marketplace package, name it, choose the region, install. */
export function TemplatesForm({
  data,
  onCreated,
}: {
  data: WizardData;
  onCreated: (name: string) => void;
}) {
  const { m, apps, locale } = data;
  const [search, setSearch] = useState("");
  const [category, setCategory] = useState("");
  const [appId, setAppId] = useState("");
  const [name, setName] = useState("");
  const [region, setRegion] = useState(data.regions[0]?.id ?? "");
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [pending, startTransition] = useTransition();

  const categories = [...new Set(apps.flatMap((a) => a.categories))].sort();
  const needle = search.trim().toLowerCase();
  const shown = apps.filter(
    (a) =>
      (!category || a.categories.includes(category)) &&
      (!needle ||
        `${a.name} ${a.description} ${a.categories.join(" ")}`.toLowerCase().includes(needle)),
  );
  const app = apps.find((a) => a.id === appId);
  const layers =
    app && app.layers.length > 0 ? app.layers.map((l) => ({ ...l, publicIp: false })) : null;
  const parsed = marketplaceInputSchema.safeParse({ appId, name: name.trim(), region });
  const issues: Record<string, string> = {
    ...(submitted && !parsed.success ? issuesOf(parsed.error) : {}),
    ...quotaIssues([], data.quotas, data.ownedEnvironments),
  };
  if (layers && data.quotas.maxCloudletsPerNode !== null) {
    const max = data.quotas.maxCloudletsPerNode;
    if (layers.some((l) => l.scalingLimitCloudlets > max)) issues.appId = "quotaApp";
  }
  const errors: FieldErrors = {
    ...Object.fromEntries(
      Object.entries(issues).map(([k, v]) => [k, m.errors[v as keyof typeof m.errors] ?? v]),
    ),
    ...serverErrors,
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!parsed.success || Object.keys(issues).length > 0) return;
    startTransition(async () => {
      try {
        const result = await installTemplateAction(parsed.data);
        if (result.ok) onCreated(result.name);
        else setServerErrors(result.errors);
      } catch {
        setServerErrors({ form: m.errors.unavailable });
      }
    });
  }
  const reset = () => setServerErrors({});

  return (
    <form onSubmit={submit} noValidate className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-5">
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="app-search" className="block text-sm font-medium">
              {m.templates.search}
            </label>
            <input
              id="app-search"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
            />
          </div>
          <div>
            <label htmlFor="app-category" className="block text-sm font-medium">
              {m.templates.category}
            </label>
            <select
              id="app-category"
              value={category}
              onChange={(e) => setCategory(e.target.value)}
              className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
            >
              <option value="">{m.templates.allCategories}</option>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset aria-describedby={errors.appId ? errorId("appId") : undefined}>
          <legend className="text-sm font-medium" data-testid="apps-count">
            {formatMessage(locale, m.templates.count, { count: shown.length })}
          </legend>
          {shown.length === 0 && <p className="text-sm text-slate-700">{m.templates.none}</p>}
          <ul className="mt-2 grid gap-2 sm:grid-cols-2" data-testid="app-list">
            {shown.map((a) => (
              <li key={a.id}>
                <label
                  className={`flex cursor-pointer gap-2 rounded border p-3 text-sm ${a.id === appId ? "border-sky-600 bg-sky-50" : "border-slate-200"}`}
                >
                  <input
                    type="radio"
                    name="appId"
                    value={a.id}
                    checked={a.id === appId}
                    onChange={() => {
                      setAppId(a.id);
                      reset();
                    }}
                  />
                  <span>
                    <span className="block font-medium">{a.name}</span>
                    <span className="block text-slate-600">{a.description}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <FieldError id={errorId("appId")} message={errors.appId} />
        </fieldset>
        <NameField
          id="app-env-name"
          value={name}
          onChange={(v) => {
            setName(v);
            reset();
          }}
          error={errors.name}
          data={data}
        />
        <RegionSelect
          id="app-region"
          value={region}
          onChange={(v) => {
            setRegion(v);
            reset();
          }}
          error={errors.region}
          data={data}
        />
      </div>
      <div className="space-y-4">
        <EstimatePanel
          pricing={data.pricing}
          currency={data.currency}
          locale={locale}
          m={m}
          layers={layers}
          ssl
        />
        {errors.form && (
          <p
            role="alert"
            id="new-env-error"
            className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
          >
            {errors.form}
          </p>
        )}
        <button
          type="submit"
          disabled={pending}
          className="bg-brand w-full rounded px-4 py-2 font-medium text-white disabled:opacity-70"
        >
          {pending ? m.submitting : m.install}
        </button>
      </div>
    </form>
  );
}
