import { z } from "zod";
import { MHZ_PER_CLOUDLET, MIB_PER_CLOUDLET } from "@/lib/billing/cloudlets";

/**
 * The per-node resources of one layer as a customer types them (MiB, MHz), shared by "Add a new
 * environment" and "Change resources" so both accept exactly the same values. Messages are
 * catalogue keys, not text.
 */

/** Per node: 64 cloudlets (8 GiB, 25.6 GHz) — above every hoster quota the portal has seen. */
export const MAX_CLOUDLETS_PER_NODE = 64;
export const MAX_RAM_MIB = MAX_CLOUDLETS_PER_NODE * MIB_PER_CLOUDLET;
export const MAX_CPU_MHZ = MAX_CLOUDLETS_PER_NODE * MHZ_PER_CLOUDLET;
export const MAX_NODES = 16;

const int = (max: number) =>
  z
    .number({ error: "numberRequired" })
    .int("numberRequired")
    .min(0, "numberRequired")
    .max(max, "tooLarge");

export const nodeResourcesShape = {
  nodes: z
    .number({ error: "numberRequired" })
    .int("numberRequired")
    .min(1, "nodesMin")
    .max(MAX_NODES, "tooLarge"),
  reservedRamMiB: int(MAX_RAM_MIB),
  reservedCpuMHz: int(MAX_CPU_MHZ),
  limitRamMiB: int(MAX_RAM_MIB),
  limitCpuMHz: int(MAX_CPU_MHZ),
  publicIp: z.boolean(),
};

type Limits = {
  reservedRamMiB: number;
  reservedCpuMHz: number;
  limitRamMiB: number;
  limitCpuMHz: number;
};

/** A scaling limit is required and may not sit below the reservation. */
export function withLimitRules<T extends z.ZodType<Limits>>(schema: T) {
  return schema
    .refine((l) => l.limitRamMiB > 0 || l.limitCpuMHz > 0, {
      message: "limitRequired",
      path: ["limit"],
    })
    .refine((l) => l.limitRamMiB >= l.reservedRamMiB && l.limitCpuMHz >= l.reservedCpuMHz, {
      message: "limitBelowReserved",
      path: ["limit"],
    });
}
