import { money } from "@/lib/billing/money";
import type { JelasticParams } from "./encode";
import {
  envelopeSchema,
  type RawAccount,
  type RawEnvInfo,
  type RawNode,
  type RawSignIn,
  type RawUserInfo,
} from "./schemas";
import type {
  Environment,
  EnvironmentNode,
  EnvironmentStatus,
  PlatformAccount,
  PlatformGroupType,
  PlatformSignIn,
  PlatformUser,
} from "./types";

/**
 * The only place platform field names meet domain names, in both directions: domain input →
 * request parameters, validated raw response → domain objects.
 */

export type Envelope =
  { kind: "success" } | { kind: "error"; code: number; message: string } | { kind: "none" };

export function readEnvelope(body: unknown): Envelope {
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success) return { kind: "none" };
  const { result, error } = parsed.data;
  if (result === 0) return { kind: "success" };
  return { kind: "error", code: result, message: error || `platform error ${result}` };
}

// ---- requests -------------------------------------------------------------------------------

export const toSignInParams = (login: string, password: string): JelasticParams => ({
  login,
  password,
});

/** `system/admin/signinasclient` names the target user `login`. */
export const toAdminSessionParams = (email: string): JelasticParams => ({ login: email });

/**
 * `envName` asks the dashboard to open on that environment. The reference does not document a
 * parameter for this (§2.9 gap); a platform that does not know it ignores it and opens the list.
 */
export const toLoginLinkParams = (email: string, envName?: string): JelasticParams => ({
  email,
  ...(envName ? { envName } : {}),
});

// ---- responses ------------------------------------------------------------------------------

export const toSignIn = (raw: RawSignIn, login: string): PlatformSignIn => ({
  session: raw.session,
  uid: raw.uid,
  email: raw.email ?? login,
  name: raw.name ?? "",
});

export const toUser = (raw: RawUserInfo): PlatformUser => ({
  uid: raw.uid,
  email: raw.email,
  name: raw.name ?? "",
  status: raw.status ?? null,
});

const GROUP_TYPES: readonly PlatformGroupType[] = ["trial", "billing", "post", "beta"];

export function toAccount(raw: RawAccount, currency: string): PlatformAccount {
  const groupType = raw.groupType?.toLowerCase() as PlatformGroupType | undefined;
  return {
    uid: raw.uid,
    email: raw.email ?? "",
    balance: money(raw.balance ?? 0, currency),
    bonus: money(raw.bonus ?? 0, currency),
    group: raw.group ?? "",
    groupType: groupType && GROUP_TYPES.includes(groupType) ? groupType : "unknown",
    status: raw.status ?? null,
  };
}

/** `env.status` codes from the dashboard localisation (§1.7); 8 and unknown codes are "unknown". */
const STATUS_BY_CODE = new Map<number, EnvironmentStatus>([
  [0, "unknown"],
  [1, "running"],
  [2, "stopped"],
  [3, "launching"],
  [4, "sleeping"],
  [5, "suspended"],
  [6, "creating"],
  [7, "cloning"],
  [9, "exporting"],
  [10, "migrating"],
  [11, "broken"],
  [12, "redeploying"],
  [13, "stopping"],
  [14, "going_to_sleep"],
  [1001, "deleting"],
  [1002, "refreshing"],
]);

export const toEnvironmentStatus = (code: number | null | undefined): EnvironmentStatus =>
  (code == null ? undefined : STATUS_BY_CODE.get(code)) ?? "unknown";

/** "2021-08-19 14:51:37" without a zone; the platform's clock zone is not stated, so read as UTC. */
export function parsePlatformDate(value: string | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value ?? "");
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? null : date;
}

function toNode(raw: RawNode): EnvironmentNode {
  return {
    id: raw.id,
    nodeGroup: raw.nodeGroup ?? raw.nodeType,
    nodeType: raw.nodeType,
    ...(raw.displayName ? { displayName: raw.displayName } : {}),
    fixedCloudlets: raw.fixedCloudlets ?? 0,
    flexibleCloudlets: raw.flexibleCloudlets ?? 0,
    ...(raw.count != null ? { count: raw.count } : {}),
    publicIps: raw.extIPs,
  };
}

export function toEnvironment(info: RawEnvInfo): Environment {
  const { env } = info;
  const name = env.envName ?? env.shortdomain ?? "";
  return {
    name,
    displayName: env.displayName || name,
    domain: env.domain ?? "",
    status: toEnvironmentStatus(env.status),
    region: env.hardwareNodeGroup ?? env.hostGroup?.uniqueName ?? env.region ?? "",
    createdAt: parsePlatformDate(env.createdOn),
    sslEnabled: env.sslstate,
    nodes: (info.nodes ?? []).map(toNode),
    extDomains: env.extdomains,
  };
}

export const toEnvironments = (raw: { infos?: RawEnvInfo[] | null }): Environment[] =>
  (raw.infos ?? []).map(toEnvironment);
