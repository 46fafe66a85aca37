import { resourcesOf } from "@/lib/billing/cloudlets";
import type { Environment, EnvironmentStatus } from "@/lib/jelastic";

export type LayerSummary = {
  nodeGroup: string;
  stack: string;
  nodes: number;
  /** Per node, as the topology wizard shows them. */
  reserved: { cloudlets: number; ramMiB: number; cpuMHz: number };
  scalingLimit: { cloudlets: number; ramMiB: number; cpuMHz: number };
  publicIps: string[];
};

export type EnvironmentSummary = {
  name: string;
  displayName: string;
  domain: string;
  status: EnvironmentStatus;
  region: string;
  createdAt: Date | null;
  sslEnabled: boolean;
  extDomains: string[];
  layers: LayerSummary[];
  publicIps: string[];
  /** Totals over every node: reserved and at the scaling limit. */
  totals: { reservedRamMiB: number; reservedCpuMHz: number; maxRamMiB: number; maxCpuMHz: number };
};

/**
 * Groups an environment's nodes into layers (one per node group) and expresses cloudlets in MiB and
 * MHz, which is what customers understand (1 cloudlet = 128 MiB + 400 MHz).
 */
export function summarizeEnvironment(env: Environment): EnvironmentSummary {
  const byGroup = new Map<string, Environment["nodes"]>();
  for (const node of env.nodes)
    byGroup.set(node.nodeGroup, [...(byGroup.get(node.nodeGroup) ?? []), node]);
  const layers = [...byGroup.entries()].map(([nodeGroup, nodes]): LayerSummary => {
    const first = nodes[0];
    const reserved = first?.fixedCloudlets ?? 0;
    const scaling = Math.max(first?.flexibleCloudlets ?? 0, reserved);
    return {
      nodeGroup,
      stack: first?.displayName || first?.nodeType || nodeGroup,
      nodes: nodes.reduce((sum, n) => sum + (n.count ?? 1), 0),
      reserved: { cloudlets: reserved, ...resourcesOf(reserved) },
      scalingLimit: { cloudlets: scaling, ...resourcesOf(scaling) },
      publicIps: nodes.flatMap((n) => n.publicIps),
    };
  });
  const sum = (pick: (l: LayerSummary) => number) =>
    layers.reduce((t, l) => t + pick(l) * l.nodes, 0);
  return {
    name: env.name,
    displayName: env.displayName || env.name,
    domain: env.domain,
    status: env.status,
    region: env.region,
    createdAt: env.createdAt,
    sslEnabled: env.sslEnabled,
    extDomains: env.extDomains,
    layers,
    publicIps: layers.flatMap((l) => l.publicIps),
    totals: {
      reservedRamMiB: sum((l) => l.reserved.ramMiB),
      reservedCpuMHz: sum((l) => l.reserved.cpuMHz),
      maxRamMiB: sum((l) => l.scalingLimit.ramMiB),
      maxCpuMHz: sum((l) => l.scalingLimit.cpuMHz),
    },
  };
}
