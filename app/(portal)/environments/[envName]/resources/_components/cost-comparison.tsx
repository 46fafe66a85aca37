"use client";

import type { PricingModel } from "@/lib/billing/estimate";
import { formatMoney, type Money } from "@/lib/billing/money";
import { compareMonthlyCost } from "@/lib/environment-resources/cost";
import type { LayerSummary } from "@/lib/environments/layers";
import type { EnvironmentResourcesMessages } from "@/lib/i18n/messages/environment-resources.en";
import type { LayerResourcesChange } from "@/lib/jelastic/types-resources";

type Props = {
  pricing: PricingModel | null;
  currency: string;
  locale: string;
  ssl: boolean;
  layers: LayerSummary[];
  /** Null while the input is not valid: the "after" column cannot be known then. */
  change: LayerResourcesChange | null;
  m: EnvironmentResourcesMessages;
};

/** Monthly cost now → after the change, and the difference; computed in the browser as you type. */
export function CostComparison(props: Props) {
  return (
    <section
      aria-labelledby="cost-heading"
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="cost-heading" className="text-base font-semibold">
        {props.m.costHeading}
      </h2>
      <CostRows {...props} />
      <p className="text-xs text-slate-600">{props.m.costNote}</p>
    </section>
  );
}

function CostRows({ pricing, currency, locale, ssl, layers, change, m }: Props) {
  if (!pricing || !change) {
    return (
      <p className="text-sm text-slate-700" data-testid="cost-unknown">
        {m.noPricing}
      </p>
    );
  }
  const cost = compareMonthlyCost(pricing, currency, ssl, layers, change);
  const signed = (value: Money) =>
    `${value.amountMinor > 0 ? "+" : ""}${formatMoney(value, locale)}`;
  const row = (id: string, label: string, range: { min: Money; max: Money }, sign = false) => (
    <div className={`flex justify-between gap-4 ${sign ? "font-semibold" : ""}`}>
      <dt>{label}</dt>
      <dd className="tabular-nums">
        <span data-testid={`cost-${id}-min`}>
          {sign ? signed(range.min) : formatMoney(range.min, locale)}
        </span>
        {" – "}
        <span data-testid={`cost-${id}-max`}>
          {sign ? signed(range.max) : formatMoney(range.max, locale)}
        </span>
      </dd>
    </div>
  );
  return (
    <dl className="space-y-1 text-sm" aria-live="polite">
      {row("before", m.before, cost.before)}
      {row("after", m.after, cost.after)}
      {row("difference", m.difference, cost.difference, true)}
    </dl>
  );
}
