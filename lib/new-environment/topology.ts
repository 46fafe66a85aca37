import { cloudletsFor } from "@/lib/billing/cloudlets";
import type { Topology } from "@/lib/billing/estimate";
import type { AccountQuotas, NewLayerSpec } from "@/lib/jelastic/types-new-environment";
import type { FieldIssues, LayerInput } from "./input";

/** MiB/MHz per node → cloudlets per node, rounded up: a cloudlet always brings 128 MiB + 400 MHz. */
export function layerCloudlets(
  layer: Pick<LayerInput, "reservedRamMiB" | "reservedCpuMHz" | "limitRamMiB" | "limitCpuMHz">,
) {
  const reserved = cloudletsFor({ ramMiB: layer.reservedRamMiB, cpuMHz: layer.reservedCpuMHz });
  const limit = cloudletsFor({ ramMiB: layer.limitRamMiB, cpuMHz: layer.limitCpuMHz });
  return { reserved, limit: Math.max(limit, reserved) };
}

export function toLayerSpecs(layers: LayerInput[]): NewLayerSpec[] {
  return layers.map((layer) => {
    const { reserved, limit } = layerCloudlets(layer);
    return {
      nodeType: layer.nodeType,
      nodes: layer.nodes,
      reservedCloudlets: reserved,
      scalingLimitCloudlets: limit,
      publicIp: layer.publicIp,
    };
  });
}

/** The estimator's input; disk is not asked for in the wizard, so storage counts as 0 GB. */
export function toTopology(layers: NewLayerSpec[], ssl: boolean): Topology {
  return {
    layers: layers.map((l) => ({
      nodes: l.nodes,
      reservedCloudlets: l.reservedCloudlets,
      scalingLimitCloudlets: l.scalingLimitCloudlets,
      publicIp: l.publicIp,
    })),
    storageGB: 0,
    ssl,
  };
}

/**
 * Quota checks that can be made before submitting (the platform checks again). Returns field path →
 * message key, the same keys the server uses for the platform's own quota refusals.
 */
export function quotaIssues(
  specs: NewLayerSpec[],
  quotas: AccountQuotas,
  ownedEnvironments: number,
): FieldIssues {
  const issues: FieldIssues = {};
  if (quotas.maxEnvironments !== null && ownedEnvironments >= quotas.maxEnvironments) {
    issues.name = "quotaEnvironments";
  }
  const total = specs.reduce((sum, l) => sum + l.nodes, 0);
  specs.forEach((layer, i) => {
    if (quotas.maxNodesPerLayer !== null && layer.nodes > quotas.maxNodesPerLayer) {
      issues[`layers.${i}.nodes`] = "quotaNodesPerLayer";
    } else if (quotas.maxNodesPerEnvironment !== null && total > quotas.maxNodesPerEnvironment) {
      issues[`layers.${i}.nodes`] = "quotaNodesPerEnvironment";
    }
    if (
      quotas.maxCloudletsPerNode !== null &&
      layer.scalingLimitCloudlets > quotas.maxCloudletsPerNode
    ) {
      issues[`layers.${i}.limit`] = "quotaCloudlets";
    }
    if (!quotas.publicIpAllowed && layer.publicIp) issues[`layers.${i}.publicIp`] = "quotaPublicIp";
  });
  return issues;
}
