import { cloudletsFor } from "@/lib/billing/cloudlets";
import type { LayerSummary } from "@/lib/environments/layers";
import {
  resourcesInputSchema,
  resourcesIssuesOf,
  type ResourcesInput,
  type ResourcesIssues,
} from "@/lib/environment-resources/input";
import type { LayerResourcesChange } from "@/lib/jelastic/types-resources";

/** The form's fields as typed (strings), so an emptied input stays empty instead of becoming 0. */
export type ResourcesDraft = {
  nodeGroup: string;
  nodes: string;
  reservedRamMiB: string;
  reservedCpuMHz: string;
  limitRamMiB: string;
  limitCpuMHz: string;
  publicIp: boolean;
};

export function draftOf(layer: LayerSummary): ResourcesDraft {
  return {
    nodeGroup: layer.nodeGroup,
    nodes: String(layer.nodes),
    reservedRamMiB: String(layer.reserved.ramMiB),
    reservedCpuMHz: String(layer.reserved.cpuMHz),
    limitRamMiB: String(layer.scalingLimit.ramMiB),
    limitCpuMHz: String(layer.scalingLimit.cpuMHz),
    publicIp: layer.publicIps.length > 0,
  };
}

const num = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

/** The same schema the server applies; a valid draft also yields the cloudlets per node. */
export function checkDraft(
  draft: ResourcesDraft,
):
  | { ok: true; input: ResourcesInput; change: LayerResourcesChange }
  | { ok: false; issues: ResourcesIssues } {
  const parsed = resourcesInputSchema.safeParse({
    ...draft,
    nodes: num(draft.nodes),
    reservedRamMiB: num(draft.reservedRamMiB),
    reservedCpuMHz: num(draft.reservedCpuMHz),
    limitRamMiB: num(draft.limitRamMiB),
    limitCpuMHz: num(draft.limitCpuMHz),
  });
  if (!parsed.success) return { ok: false, issues: resourcesIssuesOf(parsed.error) };
  const input = parsed.data;
  const reserved = cloudletsFor({ ramMiB: input.reservedRamMiB, cpuMHz: input.reservedCpuMHz });
  const limit = cloudletsFor({ ramMiB: input.limitRamMiB, cpuMHz: input.limitCpuMHz });
  return {
    ok: true,
    input,
    change: {
      nodeGroup: input.nodeGroup,
      nodes: input.nodes,
      reservedCloudlets: reserved,
      scalingLimitCloudlets: Math.max(reserved, limit),
      publicIp: input.publicIp,
    },
  };
}
