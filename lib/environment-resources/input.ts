import { z } from "zod";
import { MAX_CPU_MHZ, MAX_NODES, MAX_RAM_MIB } from "@/lib/new-environment/input";

/**
 * What the "Change resources" form submits for one layer, per node in MiB/MHz as typed. Shared by
 * the browser (live cloudlets and cost) and the server (the authoritative check). Messages are
 * keys of `envResources.errors`, not text.
 */
const int = (max: number) =>
  z
    .number({ error: "numberRequired" })
    .int("numberRequired")
    .min(0, "numberRequired")
    .max(max, "tooLarge");

export const resourcesInputSchema = z
  .object({
    nodeGroup: z.string().min(1, "layerRequired").max(64),
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

export type ResourcesInput = z.infer<typeof resourcesInputSchema>;

/** Field → message key; "form" for what belongs to no single field. */
export type ResourcesIssues = Partial<Record<keyof ResourcesInput | "limit" | "form", string>>;

export function resourcesIssuesOf(error: z.ZodError): ResourcesIssues {
  const issues: Record<string, string> = {};
  for (const issue of error.issues) issues[String(issue.path[0] ?? "form")] ??= issue.message;
  return issues;
}

/** Quota codes of reference §1.6 → the field a customer can change to fix them. */
export function quotaIssue(code: number, input: ResourcesInput): ResourcesIssues {
  if (code === 2361) return { limit: "quotaCloudlets" };
  if (code === 2365) return { nodes: "quotaNodesPerEnvironment" };
  if (code === 2366) return { nodes: "quotaNodesPerLayer" };
  // 2338 "exceeds account limits": a public IP is the usual culprit on trial accounts.
  if (input.publicIp) return { publicIp: "quotaPublicIp" };
  return { form: "quotaGeneric" };
}
