"use client";

import { STACK_CATEGORIES, type NewLayerSpec } from "@/lib/jelastic/types-new-environment";
import { errorId, FieldError } from "./field-error";
import { formatMessage } from "./format";
import type { FieldErrors, LayerDraft, WizardData } from "./types";

type Props = {
  index: number;
  draft: LayerDraft;
  spec: NewLayerSpec | undefined;
  errors: FieldErrors;
  data: WizardData;
  onChange: (draft: LayerDraft) => void;
  onRemove: (() => void) | null;
};

const input = "mt-1 w-full rounded border border-slate-400 px-2 py-1";

/** One layer: stack, node count, reserved and scaling-limit RAM/CPU (with cloudlets), public IP. */
export function LayerFields({ index, draft, spec, errors, data, onChange, onRemove }: Props) {
  const { m, locale, stacks } = data;
  const p = `layer-${index}`;
  const err = (field: string) => errors[`layers.${index}.${field}`];
  const set = (patch: Partial<LayerDraft>) => onChange({ ...draft, ...patch });
  const number = (field: keyof LayerDraft, label: string, errorField: string) => (
    <div>
      <label htmlFor={`${p}-${field}`} className="block text-sm">
        {label}
      </label>
      <input
        id={`${p}-${field}`}
        type="number"
        inputMode="numeric"
        min={0}
        step={field === "nodes" ? 1 : field.endsWith("MiB") ? 128 : 100}
        value={String(draft[field])}
        onChange={(event) => set({ [field]: event.target.value })}
        aria-invalid={err(errorField) ? true : undefined}
        aria-describedby={err(errorField) ? errorId(`layers.${index}.${errorField}`) : undefined}
        className={input}
      />
    </div>
  );
  const cloudlets = (count: number | undefined, testId: string) => (
    <p className="text-xs text-slate-600" data-testid={testId}>
      {formatMessage(locale, m.layer.cloudlets, { count: count ?? 0 })}
    </p>
  );
  return (
    <fieldset className="space-y-3 rounded border border-slate-200 p-4">
      <legend className="px-1 font-medium">
        {formatMessage(locale, m.layer.heading, { number: index + 1 })}
      </legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${p}-nodeType`} className="block text-sm">
            {m.layer.stack}
          </label>
          <select
            id={`${p}-nodeType`}
            value={draft.nodeType}
            onChange={(event) => set({ nodeType: event.target.value })}
            aria-invalid={err("nodeType") ? true : undefined}
            className={input}
          >
            <option value="">{m.layer.chooseStack}</option>
            {STACK_CATEGORIES.map((category) => {
              const inCategory = stacks.filter((s) => s.category === category);
              if (inCategory.length === 0) return null;
              return (
                <optgroup key={category} label={m.categories[category]}>
                  {inCategory.map((s) => (
                    <option key={s.nodeType} value={s.nodeType}>
                      {s.version ? `${s.name} ${s.version}` : s.name}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
          <FieldError id={errorId(`layers.${index}.nodeType`)} message={err("nodeType")} />
        </div>
        <div>
          {number("nodes", m.layer.nodes, "nodes")}
          <FieldError id={errorId(`layers.${index}.nodes`)} message={err("nodes")} />
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <fieldset>
          <legend className="text-sm font-medium">{m.layer.reserved}</legend>
          <div className="grid grid-cols-2 gap-2">
            {number("reservedRamMiB", m.layer.ram, "reservedRamMiB")}
            {number("reservedCpuMHz", m.layer.cpu, "reservedCpuMHz")}
          </div>
          {cloudlets(spec?.reservedCloudlets, `${p}-reserved-cloudlets`)}
          <FieldError
            id={errorId(`layers.${index}.reservedRamMiB`)}
            message={err("reservedRamMiB")}
          />
          <FieldError
            id={errorId(`layers.${index}.reservedCpuMHz`)}
            message={err("reservedCpuMHz")}
          />
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium">{m.layer.limit}</legend>
          <div className="grid grid-cols-2 gap-2">
            {number("limitRamMiB", m.layer.ram, "limit")}
            {number("limitCpuMHz", m.layer.cpu, "limit")}
          </div>
          {cloudlets(spec?.scalingLimitCloudlets, `${p}-limit-cloudlets`)}
          <FieldError
            id={errorId(`layers.${index}.limit`)}
            message={err("limit") ?? err("limitRamMiB") ?? err("limitCpuMHz")}
          />
        </fieldset>
      </div>
      <div>
        <label className="flex items-center gap-2 text-sm">
          <input
            id={`${p}-publicIp`}
            type="checkbox"
            checked={draft.publicIp}
            onChange={(event) => set({ publicIp: event.target.checked })}
            aria-describedby={err("publicIp") ? errorId(`layers.${index}.publicIp`) : undefined}
          />
          {m.layer.publicIp}
        </label>
        <FieldError id={errorId(`layers.${index}.publicIp`)} message={err("publicIp")} />
      </div>
      {onRemove && (
        <button
          type="button"
          onClick={onRemove}
          className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100"
        >
          {formatMessage(locale, m.layer.remove, { number: index + 1 })}
        </button>
      )}
    </fieldset>
  );
}
