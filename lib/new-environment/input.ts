import { z } from "zod";
import { MHZ_PER_CLOUDLET, MIB_PER_CLOUDLET } from "@/lib/billing/cloudlets";

/**
 * What the wizard submits, shared by the browser (live checks, estimate) and the server (the
 * authoritative check). Resources are per node, in MiB and MHz as the user typed them; the
 * conversion to cloudlets happens in `topology.ts`. Messages are catalogue keys, not text.
 */

/** Lower-case letters, digits and hyphens, starting with a letter, not ending with a hyphen, 3–30. */
export const ENV_NAME_PATTERN = /^[a-z][a-z0-9-]{1,28}[a-z0-9]$/;
export const ENV_NAME_MAX = 30;

/** Per node: 64 cloudlets (8 GiB, 25.6 GHz) — above every hoster quota the portal has seen. */
export const MAX_CLOUDLETS_PER_NODE = 64;
export const MAX_RAM_MIB = MAX_CLOUDLETS_PER_NODE * MIB_PER_CLOUDLET;
export const MAX_CPU_MHZ = MAX_CLOUDLETS_PER_NODE * MHZ_PER_CLOUDLET;
export const MAX_NODES = 16;
export const MAX_LAYERS = 6;

export const envNameSchema = z
  .string()
  .trim()
  .min(3, "nameTooShort")
  .max(ENV_NAME_MAX, "nameTooLong")
  .regex(ENV_NAME_PATTERN, "nameInvalid");

const int = (max: number) =>
  z
    .number({ error: "numberRequired" })
    .int("numberRequired")
    .min(0, "numberRequired")
    .max(max, "tooLarge");

export const layerInputSchema = z
  .object({
    nodeType: z.string().min(1, "stackRequired").max(64),
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
  })
  .refine((l) => l.limitRamMiB > 0 || l.limitCpuMHz > 0, {
    message: "limitRequired",
    path: ["limit"],
  })
  .refine((l) => l.limitRamMiB >= l.reservedRamMiB && l.limitCpuMHz >= l.reservedCpuMHz, {
    message: "limitBelowReserved",
    path: ["limit"],
  });

export const customInputSchema = z.object({
  name: envNameSchema,
  region: z.string().min(1, "regionRequired").max(64),
  sslEnabled: z.boolean(),
  layers: z.array(layerInputSchema).min(1, "layerRequired").max(MAX_LAYERS, "tooLarge"),
});

export const marketplaceInputSchema = z.object({
  appId: z.string().min(1, "appRequired").max(100),
  name: envNameSchema,
  region: z.string().min(1, "regionRequired").max(64),
});

export type LayerInput = z.infer<typeof layerInputSchema>;
export type CustomInput = z.infer<typeof customInputSchema>;
export type MarketplaceInput = z.infer<typeof marketplaceInputSchema>;

/** Field path → message key, e.g. { "layers.0.limit": "limitBelowReserved" }. */
export type FieldIssues = Record<string, string>;

export function issuesOf(error: z.ZodError): FieldIssues {
  const issues: FieldIssues = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "form";
    issues[path] ??= issue.message;
  }
  return issues;
}
