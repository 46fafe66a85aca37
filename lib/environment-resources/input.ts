import { z } from "zod";
import { nodeResourcesShape, withLimitRules } from "@/lib/new-environment/node-resources";

/**
 * What the "Change resources" form submits for one layer, per node in MiB/MHz as typed. Shared by
 * the browser (live cloudlets and cost) and the server (the authoritative check). Messages are
 * keys of `envResources.errors`, not text.
 */
export const resourcesInputSchema = withLimitRules(
  z.object({ nodeGroup: z.string().min(1, "layerRequired").max(64), ...nodeResourcesShape }),
);

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
