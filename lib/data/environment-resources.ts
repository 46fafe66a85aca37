import "server-only";
import { cloudletsFor } from "@/lib/billing/cloudlets";
import type { PricingModel } from "@/lib/billing/estimate";
import { getEnv } from "@/lib/config/env";
import {
  quotaIssue,
  resourcesInputSchema,
  resourcesIssuesOf,
  type ResourcesIssues,
} from "@/lib/environment-resources/input";
import { summarizeEnvironment, type LayerSummary } from "@/lib/environments/layers";
import { UpstreamError } from "@/lib/http";
import { JelasticBalanceError, JelasticQuotaError } from "@/lib/jelastic";
import { cachedCatalog } from "./catalog-cache";
import {
  changeOwnedEnvironment,
  readOwnedEnvironment,
  type ChangeFailure,
} from "./environment-access";
import { upstreams } from "./upstreams";

export type EnvironmentResources = {
  name: string;
  displayName: string;
  sslEnabled: boolean;
  layers: LayerSummary[];
  /** Null when the pricing model cannot be loaded: the form still works, without the cost. */
  pricing: PricingModel | null;
  currency: string;
};

export function getEnvironmentResources(envName: string): Promise<EnvironmentResources | null> {
  return readOwnedEnvironment(envName, async ({ env }) => {
    const summary = summarizeEnvironment(env);
    return {
      name: summary.name,
      displayName: summary.displayName,
      sslEnabled: summary.sslEnabled,
      layers: summary.layers,
      pricing: await pricingOrNull(),
      currency: getEnv().CURRENCY.toUpperCase(),
    };
  });
}

async function pricingOrNull(): Promise<PricingModel | null> {
  try {
    return await cachedCatalog("pricing", () => upstreams().jelastic.getPricingModel());
  } catch (error) {
    if (error instanceof UpstreamError) return null;
    throw error;
  }
}

export type ResourcesOutcome =
  | { ok: true }
  | { ok: false; reason: ChangeFailure | "quota" | "balance"; issues: ResourcesIssues };

/**
 * Validates the MiB/MHz input, converts it to cloudlets per node (rounded up), and applies it via
 * the platform. Another account's environment is "not_found"; every attempt is audited.
 */
export async function changeEnvironmentResources(
  envName: string,
  raw: unknown,
): Promise<ResourcesOutcome> {
  const parsed = resourcesInputSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, reason: "invalid", issues: resourcesIssuesOf(parsed.error) };
  const input = parsed.data;
  const reservedCloudlets = cloudletsFor({
    ramMiB: input.reservedRamMiB,
    cpuMHz: input.reservedCpuMHz,
  });
  const change = {
    nodeGroup: input.nodeGroup,
    nodes: input.nodes,
    reservedCloudlets,
    scalingLimitCloudlets: Math.max(
      reservedCloudlets,
      cloudletsFor({ ramMiB: input.limitRamMiB, cpuMHz: input.limitCpuMHz }),
    ),
    publicIp: input.publicIp,
  };
  // The shared helper reduces business errors to "refused"; the quota code is kept here for the field.
  let refusal: ResourcesOutcome | null = null;
  const result = await changeOwnedEnvironment<null>({
    envName,
    action: "environment.resources.change",
    details: { ...change },
    run: async ({ session, env }) => {
      if (!env.nodes.some((n) => n.nodeGroup === change.nodeGroup))
        return { ok: false, reason: "invalid" };
      try {
        await upstreams().jelastic.changeLayerResources(session, env, change);
      } catch (error) {
        if (error instanceof JelasticQuotaError)
          refusal = { ok: false, reason: "quota", issues: quotaIssue(Number(error.code), input) };
        else if (error instanceof JelasticBalanceError)
          refusal = { ok: false, reason: "balance", issues: { form: "balance" } };
        throw error;
      }
      return { ok: true, value: null };
    },
  });
  if (result.ok) return { ok: true };
  if (refusal) return refusal;
  const form = result.reason === "invalid" ? "layerRequired" : result.reason;
  return { ok: false, reason: result.reason, issues: { form } };
}
