import "server-only";
import { UpstreamError } from "@/lib/http";
import { JelasticApiError, JelasticBalanceError, JelasticQuotaError } from "@/lib/jelastic";
import type { NewLayerSpec } from "@/lib/jelastic";
import type { FieldIssues } from "@/lib/new-environment/input";
import { NoPlatformAccountError } from "./platform-session";

/**
 * Platform refusals → the field that caused them (message keys of `newEnvironment.errors`).
 * Quota codes are reference §1.6; which layer is meant is not in the answer, so the first layer
 * that asks for the refused thing is chosen.
 */
export function fieldIssuesForQuota(code: number, layers: NewLayerSpec[]): FieldIssues {
  const first = (test: (l: NewLayerSpec) => boolean) => Math.max(0, layers.findIndex(test));
  const biggest = layers.reduce(
    (best, l, i) => (l.nodes > (layers[best]?.nodes ?? 0) ? i : best),
    0,
  );
  switch (code) {
    case 2360:
      return { name: "quotaEnvironments" };
    case 2361:
      return { [`layers.${biggestLimit(layers)}.limit`]: "quotaCloudlets" };
    case 2365:
      return { [`layers.${biggest}.nodes`]: "quotaNodesPerEnvironment" };
    case 2366:
      return { [`layers.${biggest}.nodes`]: "quotaNodesPerLayer" };
    case 2372:
      return { "layers.0.nodeType": "quotaStack" };
    default: {
      // 2338 "exceeds account limits": a public IP is the usual culprit on trial accounts.
      const ip = layers.findIndex((l) => l.publicIp);
      if (ip >= 0) return { [`layers.${first((l) => l.publicIp)}.publicIp`]: "quotaPublicIp" };
      return { form: "quotaGeneric" };
    }
  }
}

function biggestLimit(layers: NewLayerSpec[]): number {
  return layers.reduce(
    (best, l, i) =>
      l.scalingLimitCloudlets > (layers[best]?.scalingLimitCloudlets ?? 0) ? i : best,
    0,
  );
}

export type FailureKind = "quota" | "balance" | "refused" | "unavailable" | "no_platform";

/** Classifies a failed create/install for the audit log and the message. Unknown errors rethrow. */
export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof NoPlatformAccountError) return "no_platform";
  if (error instanceof JelasticBalanceError) return "balance";
  if (error instanceof JelasticQuotaError) return "quota";
  if (error instanceof JelasticApiError) return "refused";
  if (error instanceof UpstreamError) return "unavailable";
  throw error;
}
