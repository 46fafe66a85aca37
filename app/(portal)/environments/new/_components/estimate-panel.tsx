"use client";

import { MHZ_PER_CLOUDLET, MIB_PER_CLOUDLET } from "@/lib/billing/cloudlets";
import { estimateCost, type CostRange, type PricingModel } from "@/lib/billing/estimate";
import { formatMoney } from "@/lib/billing/money";
import type { NewLayerSpec } from "@/lib/jelastic/types-new-environment";
import type { NewEnvironmentMessages } from "@/lib/i18n/messages/new-environment.en";
import { toTopology } from "@/lib/new-environment/topology";
import { formatMessage } from "./format";

/**
 * The live "from … to …" cost, computed in the browser from the hoster's pricing model (no server
 * round trip per keystroke). `layers` null means the cost cannot be known (e.g. a package without
 * a stated topology).
 */
export function EstimatePanel({
  pricing,
  currency,
  locale,
  m,
  layers,
  ssl,
}: {
  pricing: PricingModel;
  currency: string;
  locale: string;
  m: NewEnvironmentMessages;
  layers: NewLayerSpec[] | null;
  ssl: boolean;
}) {
  const estimate =
    layers && layers.length > 0 ? estimateCost(pricing, toTopology(layers, ssl), currency) : null;
  const reserved = (layers ?? []).reduce((sum, l) => sum + l.reservedCloudlets * l.nodes, 0);
  const limit = (layers ?? []).reduce((sum, l) => sum + l.scalingLimitCloudlets * l.nodes, 0);
  const row = (id: string, label: string, range: CostRange, emphasis = "") => (
    <div className={`flex justify-between gap-4 ${emphasis}`}>
      <dt>{label}</dt>
      <dd className="tabular-nums">
        <span data-testid={`estimate-${id}-min`}>{formatMoney(range.min, locale)}</span>
        {" – "}
        <span data-testid={`estimate-${id}-max`}>{formatMoney(range.max, locale)}</span>
      </dd>
    </div>
  );
  return (
    <section
      aria-labelledby="estimate-heading"
      aria-live="polite"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="estimate-heading" className="text-base font-semibold">
        {m.estimate.heading}
      </h2>
      {estimate ? (
        <>
          <dl className="space-y-1 text-sm">
            {row("monthly", m.estimate.monthly, estimate.monthly, "text-lg font-semibold")}
            {row("daily", m.estimate.daily, estimate.daily)}
            {row("hourly", m.estimate.hourly, estimate.hourly)}
          </dl>
          <p className="text-xs text-slate-600" data-testid="estimate-total">
            {formatMessage(locale, m.estimate.total, {
              ram: reserved * MIB_PER_CLOUDLET,
              cpu: reserved * MHZ_PER_CLOUDLET,
              maxRam: limit * MIB_PER_CLOUDLET,
              maxCpu: limit * MHZ_PER_CLOUDLET,
            })}
          </p>
          <p className="text-xs text-slate-600">{m.estimate.note}</p>
        </>
      ) : (
        <p className="text-sm text-slate-700">{m.estimate.unknown}</p>
      )}
    </section>
  );
}
