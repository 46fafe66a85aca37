import { z } from "zod";
import { MAX_CLOUDLETS } from "@/lib/billing/cloudlets";

/** Generous caps: they exist to keep sums far inside safe integers, not to mirror hoster quotas. */
export const MAX_LAYERS = 32;
export const MAX_NODES_PER_LAYER = 1000;
export const MAX_STORAGE_GB = 1_000_000;
export const MAX_TRAFFIC_GB = 1_000_000;

const count = (max: number) => z.number().int().nonnegative().max(max);

export const layerSchema = z
  .object({
    nodes: z.number().int().min(1).max(MAX_NODES_PER_LAYER),
    /** Per node: always billed (API `fixedCloudlets`). */
    reservedCloudlets: count(MAX_CLOUDLETS),
    /** Per node: the ceiling including the reserved ones (API `flexibleCloudlets`, reference §3.1). */
    scalingLimitCloudlets: count(MAX_CLOUDLETS),
    /** One public IPv4 per node of the layer. */
    publicIp: z.boolean(),
  })
  .refine((layer) => layer.reservedCloudlets <= layer.scalingLimitCloudlets, {
    message: "scaling limit must not be below the reserved cloudlets",
    path: ["scalingLimitCloudlets"],
  });

export const topologySchema = z.object({
  layers: z.array(layerSchema).max(MAX_LAYERS),
  /** Disk in use, GB per hour (the widget's "GB / hour": assumed constant for the whole month). */
  storageGB: count(MAX_STORAGE_GB),
  /** Built-in platform SSL for the environment. */
  ssl: z.boolean(),
  /** External traffic, GB per hour; 0 when omitted. */
  trafficGB: count(MAX_TRAFFIC_GB).optional(),
});

export type Layer = z.infer<typeof layerSchema>;
export type Topology = z.infer<typeof topologySchema>;

export type TopologyTotals = {
  reservedCloudlets: number;
  scalingCloudlets: number;
  dynamicCloudlets: number;
  publicIps: number;
};

/** Environment-wide sums: the platform's discount levels are per environment (reference §3.1). */
export function totalsOf(topology: Topology): TopologyTotals {
  let reservedCloudlets = 0;
  let scalingCloudlets = 0;
  let publicIps = 0;
  for (const layer of topology.layers) {
    reservedCloudlets += layer.reservedCloudlets * layer.nodes;
    scalingCloudlets += layer.scalingLimitCloudlets * layer.nodes;
    if (layer.publicIp) publicIps += layer.nodes;
  }
  return {
    reservedCloudlets,
    scalingCloudlets,
    dynamicCloudlets: scalingCloudlets - reservedCloudlets,
    publicIps,
  };
}
