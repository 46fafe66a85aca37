import { z } from "zod";
import { nodeResourcesShape, withLimitRules } from "./node-resources";

export { MAX_CPU_MHZ, MAX_NODES, MAX_RAM_MIB } from "./node-resources";

/**
 * What the wizard submits, shared by the browser (live checks, estimate) and the server (the
 * authoritative check). Resources are per node, in MiB and MHz as the user typed them; the
 * conversion to cloudlets happens in `topology.ts`. Messages are catalogue keys, not text.
 */

/** Lower-case letters, digits and hyphens, starting with a letter, not ending with a hyphen, 3–30. */
export const ENV_NAME_PATTERN = /^[a-z][a-z0-9-]{1,28}[a-z0-9]$/;
export const ENV_NAME_MAX = 30;

export const MAX_LAYERS = 6;

export const envNameSchema = z
  .string()
  .trim()
  .min(3, "nameTooShort")
  .max(ENV_NAME_MAX, "nameTooLong")
  .regex(ENV_NAME_PATTERN, "nameInvalid");

export const layerInputSchema = withLimitRules(
  z.object({ nodeType: z.string().min(1, "stackRequired").max(64), ...nodeResourcesShape }),
);

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
