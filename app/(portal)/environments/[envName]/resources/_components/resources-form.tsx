"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import type { PricingModel } from "@/lib/billing/estimate";
import type { ResourcesIssues } from "@/lib/environment-resources/input";
import type { LayerSummary } from "@/lib/environments/layers";
import type { EnvironmentResourcesMessages } from "@/lib/i18n/messages/environment-resources.en";
import { errorId, FieldError } from "../../../new/_components/field-error";
import { formatMessage } from "../../../new/_components/format";
import { changeResourcesAction } from "../actions";
import { ConfirmStep } from "./confirm-step";
import { CostComparison } from "./cost-comparison";
import { checkDraft, draftOf, type ResourcesDraft } from "./draft";
import { NumberField, type NumericField } from "./number-field";
import { SuccessMessage } from "./success-message";

type Props = {
  envName: string;
  envDisplayName: string;
  ssl: boolean;
  layers: LayerSummary[];
  pricing: PricingModel | null;
  currency: string;
  locale: string;
  m: EnvironmentResourcesMessages;
};

const input = "mt-1 w-full rounded border border-slate-400 px-2 py-1";
const button = "rounded px-4 py-2 text-sm font-medium";

/** Edit one layer → review (cost before → after) → apply. Field errors sit under their field. */
export function ResourcesForm({
  envName,
  envDisplayName,
  ssl,
  layers,
  pricing,
  currency,
  locale,
  m,
}: Props) {
  const [draft, setDraft] = useState<ResourcesDraft | null>(layers[0] ? draftOf(layers[0]) : null);
  const [issues, setIssues] = useState<ResourcesIssues>({});
  const [step, setStep] = useState<"edit" | "confirm" | "done">("edit");
  const [pending, startTransition] = useTransition();
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (step === "confirm") confirmRef.current?.focus();
    if (step === "done") doneRef.current?.focus();
  }, [step]);
  if (!draft) return null;
  const checked = checkDraft(draft);
  const change = checked.ok ? checked.change : null;
  const message = (key: string | undefined) =>
    key ? (m.errors[key as keyof typeof m.errors] ?? m.errors.refused) : undefined;
  const set = (patch: Partial<ResourcesDraft>) => {
    setDraft({ ...draft, ...patch });
    setIssues({});
    if (step === "done") setStep("edit");
  };
  const chooseLayer = (nodeGroup: string) => {
    const layer = layers.find((l) => l.nodeGroup === nodeGroup);
    if (layer) set(draftOf(layer));
  };
  const review = () => {
    if (!checked.ok) return setIssues(checked.issues);
    setStep("confirm");
  };
  const apply = () =>
    startTransition(async () => {
      const result = await changeResourcesAction(envName, checked.ok ? checked.input : null);
      if (result.ok) return setStep("done");
      setIssues(result.issues);
      setStep("edit");
    });
  const field = (
    name: NumericField,
    label: string,
    errorKey: keyof ResourcesIssues,
    increment = 1,
  ) => (
    <NumberField
      id={`res-${name}`}
      label={label}
      value={draft[name]}
      increment={increment}
      error={issues[errorKey] ? errorId(errorKey) : undefined}
      onChange={(value) => set({ [name]: value })}
    />
  );
  const cloudlets = (count: number | undefined, testId: string) => (
    <p className="text-xs text-slate-600" data-testid={testId}>
      {count === undefined ? "–" : formatMessage(locale, m.cloudlets, { count })}
    </p>
  );
  const editing = step !== "confirm";
  return (
    <div className="space-y-6">
      <fieldset disabled={!editing || pending} className="space-y-4">
        <div>
          <label htmlFor="res-layer" className="block text-sm">
            {m.layer}
          </label>
          <select
            id="res-layer"
            value={draft.nodeGroup}
            onChange={(e) => chooseLayer(e.target.value)}
            className={input}
          >
            {layers.map((l) => (
              <option key={l.nodeGroup} value={l.nodeGroup}>
                {`${l.nodeGroup} – ${l.stack}`}
              </option>
            ))}
          </select>
        </div>
        <div>
          {field("nodes", m.nodes, "nodes")}
          <FieldError id={errorId("nodes")} message={message(issues.nodes)} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <fieldset>
            <legend className="text-sm font-medium">{m.reserved}</legend>
            <div className="grid grid-cols-2 gap-2">
              {field("reservedRamMiB", m.ram, "reservedRamMiB", 128)}
              {field("reservedCpuMHz", m.cpu, "reservedCpuMHz", 100)}
            </div>
            {cloudlets(change?.reservedCloudlets, "res-reserved-cloudlets")}
            <FieldError id={errorId("reservedRamMiB")} message={message(issues.reservedRamMiB)} />
            <FieldError id={errorId("reservedCpuMHz")} message={message(issues.reservedCpuMHz)} />
          </fieldset>
          <fieldset>
            <legend className="text-sm font-medium">{m.limit}</legend>
            <div className="grid grid-cols-2 gap-2">
              {field("limitRamMiB", m.ram, "limit", 128)}
              {field("limitCpuMHz", m.cpu, "limit", 100)}
            </div>
            {cloudlets(change?.scalingLimitCloudlets, "res-limit-cloudlets")}
            <FieldError
              id={errorId("limit")}
              message={message(issues.limit ?? issues.limitRamMiB ?? issues.limitCpuMHz)}
            />
          </fieldset>
        </div>
        <div>
          <label className="flex items-center gap-2 text-sm">
            <input
              id="res-publicIp"
              type="checkbox"
              checked={draft.publicIp}
              onChange={(event) => set({ publicIp: event.target.checked })}
              aria-invalid={issues.publicIp ? true : undefined}
              aria-describedby={issues.publicIp ? errorId("publicIp") : undefined}
            />
            {m.publicIp}
          </label>
          <FieldError id={errorId("publicIp")} message={message(issues.publicIp)} />
        </div>
      </fieldset>
      <CostComparison
        pricing={pricing}
        currency={currency}
        locale={locale}
        ssl={ssl}
        layers={layers}
        change={change}
        m={m}
      />
      {issues.form && (
        <p
          role="alert"
          id={errorId("form")}
          data-testid={errorId("form")}
          className="text-sm text-red-700"
        >
          {message(issues.form)}
        </p>
      )}
      {step === "done" && (
        <SuccessMessage
          text={formatMessage(locale, m.success, { layer: draft.nodeGroup })}
          backHref={`/environments/${encodeURIComponent(envName)}`}
          backText={formatMessage(locale, m.backToEnv, { env: envDisplayName })}
          focusRef={doneRef}
        />
      )}
      {step === "confirm" && change ? (
        <ConfirmStep
          change={change}
          locale={locale}
          m={m}
          pending={pending}
          headingRef={confirmRef}
          onApply={apply}
          onBack={() => setStep("edit")}
        />
      ) : (
        <button type="button" onClick={review} className={`${button} bg-brand text-white`}>
          {m.review}
        </button>
      )}
    </div>
  );
}
