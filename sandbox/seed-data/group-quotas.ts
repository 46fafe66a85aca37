import type { GroupType } from "../state/types";

/** Quota values per billing group type (names as in reference §2.5). Trial is deliberately tight. */
export type QuotaSet = Record<string, number>;

export const QUOTA = {
  maxEnvs: "environment.maxcount",
  maxNodesPerEnv: "environment.maxnodescount",
  maxNodesPerLayer: "environment.maxsamenodescount",
  maxCloudletsPerNode: "environment.maxcloudletsperrec",
  publicIp: "environment.externalip.enabled",
} as const;

const trial: QuotaSet = {
  [QUOTA.maxEnvs]: 2,
  [QUOTA.maxNodesPerEnv]: 4,
  [QUOTA.maxNodesPerLayer]: 2,
  [QUOTA.maxCloudletsPerNode]: 8,
  [QUOTA.publicIp]: 0,
};

const commercial: QuotaSet = {
  [QUOTA.maxEnvs]: 5000,
  [QUOTA.maxNodesPerEnv]: 40,
  [QUOTA.maxNodesPerLayer]: 16,
  [QUOTA.maxCloudletsPerNode]: 64,
  [QUOTA.publicIp]: 1,
};

export function quotasFor(groupType: GroupType): QuotaSet {
  return groupType === "trial" || groupType === "beta" ? trial : commercial;
}
