import type { Money } from "@/lib/billing/money";
import { estimateCost, type PricingModel } from "@/lib/billing/estimate";
import type { EnvironmentSummary } from "./layers";

/**
 * Estimated monthly cost of an existing environment: reserved only → every node at its scaling
 * limit, with public IPs and built-in SSL. Disk and traffic are usage the topology does not tell, so
 * they are left out (the list says "approximately").
 */
export function monthlyCostOf(
  env: EnvironmentSummary,
  model: PricingModel,
  currency: string,
): { min: Money; max: Money } {
  const estimate = estimateCost(
    model,
    {
      layers: env.layers.map((layer) => ({
        nodes: layer.nodes,
        reservedCloudlets: layer.reserved.cloudlets,
        scalingLimitCloudlets: layer.scalingLimit.cloudlets,
        publicIp: layer.publicIps.length > 0,
      })),
      storageGB: 0,
      ssl: env.sslEnabled,
    },
    currency,
  );
  return estimate.monthly;
}
