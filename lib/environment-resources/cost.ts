import { estimateCost, type PricingModel } from "@/lib/billing/estimate";
import type { Money } from "@/lib/billing/money";
import type { LayerSummary } from "@/lib/environments/layers";
import type { LayerResourcesChange } from "@/lib/jelastic/types-resources";

export type CostComparison = {
  before: { min: Money; max: Money };
  after: { min: Money; max: Money };
  difference: { min: Money; max: Money };
};

const minus = (a: Money, b: Money): Money => ({
  amountMinor: a.amountMinor - b.amountMinor,
  currency: a.currency,
});

type Layer = Pick<LayerSummary, "nodeGroup" | "nodes" | "reserved" | "scalingLimit" | "publicIps">;

/**
 * Monthly cost of the whole environment before and after one layer changes (reserved only → all
 * at the scaling limit), the same estimate the environment list shows. Runs in the browser.
 */
export function compareMonthlyCost(
  model: PricingModel,
  currency: string,
  ssl: boolean,
  layers: Layer[],
  change: LayerResourcesChange,
): CostComparison {
  const monthly = (after: boolean) =>
    estimateCost(
      model,
      {
        layers: layers.map((l) =>
          after && l.nodeGroup === change.nodeGroup
            ? {
                nodes: change.nodes,
                reservedCloudlets: change.reservedCloudlets,
                scalingLimitCloudlets: change.scalingLimitCloudlets,
                publicIp: change.publicIp,
              }
            : {
                nodes: l.nodes,
                reservedCloudlets: l.reserved.cloudlets,
                scalingLimitCloudlets: l.scalingLimit.cloudlets,
                publicIp: l.publicIps.length > 0,
              },
        ),
        storageGB: 0,
        ssl,
      },
      currency,
    ).monthly;
  const before = monthly(false);
  const after = monthly(true);
  return {
    before,
    after,
    difference: { min: minus(after.min, before.min), max: minus(after.max, before.max) },
  };
}
