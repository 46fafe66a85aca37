import { QUOTA, quotasFor } from "../seed-data/group-quotas";
import type { PlatformUser, SandboxState } from "../state/types";
import { fail, type PlatformReply } from "./envelope";

/** Result codes of reference §1.6 used by creation. Name codes are the sandbox's own (gap §7.4). */
export const CreateCode = {
  BILLING_REFUSED: 2207,
  LIMITS: 2338,
  ENV_COUNT: 2360,
  CLOUDLETS_PER_NODE: 2361,
  NODES_PER_ENV: 2365,
  NODES_PER_LAYER: 2366,
  NODE_TYPE: 2372,
  INVALID_PARAM: 99,
} as const;

export type RequestedNode = {
  nodeType: string;
  count: number;
  fixedCloudlets: number;
  flexibleCloudlets: number;
  extip: boolean;
};

/** Lower-case letters, digits and hyphens, starting with a letter, 3–30 characters. */
export const ENV_NAME = /^[a-z][a-z0-9-]{1,28}[a-z0-9]$/;

export function checkName(state: SandboxState, name: string): PlatformReply | null {
  if (!ENV_NAME.test(name)) return fail(CreateCode.INVALID_PARAM, `invalid env name [${name}]`);
  if (state.platform.envs.some((e) => e.envName === name)) {
    return fail(CreateCode.INVALID_PARAM, `env name [${name}] is already in use`);
  }
  return null;
}

/** Quotas first (what the user can fix by asking less), then money (billing accounts only). */
export function checkLimits(
  state: SandboxState,
  user: PlatformUser,
  nodes: RequestedNode[],
): PlatformReply | null {
  const q = quotasFor(user.groupType);
  const owned = state.platform.envs.filter((e) => e.ownerUid === user.uid).length;
  if (owned >= (q[QUOTA.maxEnvs] ?? Infinity)) {
    return fail(CreateCode.ENV_COUNT, "environments count quota reached");
  }
  const total = nodes.reduce((sum, n) => sum + n.count, 0);
  if (total > (q[QUOTA.maxNodesPerEnv] ?? Infinity)) {
    return fail(CreateCode.NODES_PER_ENV, "max nodes per environment exceeded");
  }
  for (const n of nodes) {
    if (n.count > (q[QUOTA.maxNodesPerLayer] ?? Infinity)) {
      return fail(CreateCode.NODES_PER_LAYER, `max nodes of type [${n.nodeType}] exceeded`);
    }
    if (
      Math.max(n.fixedCloudlets, n.flexibleCloudlets) > (q[QUOTA.maxCloudletsPerNode] ?? Infinity)
    ) {
      return fail(CreateCode.CLOUDLETS_PER_NODE, "max cloudlets per node exceeded");
    }
    if (n.extip && !q[QUOTA.publicIp]) {
      return fail(CreateCode.LIMITS, "external IP is not allowed for this account");
    }
  }
  // Pre-paid accounts need money on the main balance; post-paid and trial ones are not charged here.
  if (user.groupType === "billing" && user.balanceCents <= 0) {
    return fail(CreateCode.BILLING_REFUSED, "external billing error: not enough balance");
  }
  return null;
}
