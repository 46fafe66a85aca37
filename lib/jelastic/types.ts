import type { Money } from "@/lib/billing/money";

/** Domain shapes handed to the rest of the portal. No platform field names beyond this folder. */

export type PlatformSignIn = { session: string; uid: number; email: string; name: string };

export type PlatformUser = {
  uid: number;
  email: string;
  name: string;
  /** The platform's own status value as text (it is not documented as a closed set). */
  status: string | null;
};

/** beta/trial/billing (pre-paid)/post (post-paid); anything else the platform adds is "unknown". */
export type PlatformGroupType = "trial" | "billing" | "post" | "beta" | "unknown";

export type PlatformAccount = {
  uid: number;
  email: string;
  balance: Money;
  /** Spent before the main balance. */
  bonus: Money;
  group: string;
  groupType: PlatformGroupType;
  status: string | null;
};

export const ENVIRONMENT_STATUSES = [
  "running",
  "stopped",
  "launching",
  "sleeping",
  "suspended",
  "creating",
  "cloning",
  "exporting",
  "migrating",
  "broken",
  "redeploying",
  "stopping",
  "going_to_sleep",
  "deleting",
  "refreshing",
  "unknown",
] as const;
export type EnvironmentStatus = (typeof ENVIRONMENT_STATUSES)[number];

export type EnvironmentNode = {
  id: number;
  /** The layer, e.g. "cp", "sqldb", "bl". */
  nodeGroup: string;
  /** The stack, e.g. "tomcat9", "mysql8", "docker". */
  nodeType: string;
  displayName?: string;
  /** Reserved cloudlets: always paid for. */
  fixedCloudlets: number;
  /** The scaling limit (total maximum), not extra cloudlets on top of the reserved ones. */
  flexibleCloudlets: number;
  count?: number;
  publicIps: string[];
};

export type Environment = {
  /** The short name every environment call is addressed by. */
  name: string;
  displayName: string;
  domain: string;
  status: EnvironmentStatus;
  /** Hardware node group (region) unique name. */
  region: string;
  createdAt: Date | null;
  /** The platform's built-in wildcard SSL. */
  sslEnabled: boolean;
  nodes: EnvironmentNode[];
  extDomains: string[];
};
