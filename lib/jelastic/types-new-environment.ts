import type { EnvironmentStatus } from "./types";

/** Domain shapes for the "Add a new environment" wizard. No platform field names beyond lib/jelastic. */

/** A hardware node group the user may create environments in (the API's `env.region`). */
export type Region = { id: string; name: string };

export const STACK_CATEGORIES = [
  "balancer",
  "appServer",
  "database",
  "cache",
  "vps",
  "docker",
] as const;
export type StackCategory = (typeof STACK_CATEGORIES)[number];

/** A software stack offered by GetTemplates, e.g. nginx (balancer) or mysql8 (database). */
export type StackTemplate = {
  nodeType: string;
  name: string;
  category: StackCategory;
  version: string | null;
};

/** The quota values the wizard checks before it submits (billing.Account.GetQuotas). */
export type AccountQuotas = {
  /** Environments the account may own in total. */
  maxEnvironments: number | null;
  /** Nodes in one environment. */
  maxNodesPerEnvironment: number | null;
  /** Nodes in one layer. */
  maxNodesPerLayer: number | null;
  /** Cloudlets (scaling limit) of one node. */
  maxCloudletsPerNode: number | null;
  publicIpAllowed: boolean;
};

export const QUOTA_NAMES = {
  maxEnvironments: "environment.maxcount",
  maxNodesPerEnvironment: "environment.maxnodescount",
  maxNodesPerLayer: "environment.maxsamenodescount",
  maxCloudletsPerNode: "environment.maxcloudletsperrec",
  publicIpAllowed: "environment.externalip.enabled",
} as const;

export type NewLayerSpec = {
  nodeType: string;
  nodes: number;
  /** Per node, always billed (API `fixedCloudlets`). */
  reservedCloudlets: number;
  /** Per node, total ceiling (API `flexibleCloudlets`). */
  scalingLimitCloudlets: number;
  publicIp: boolean;
};

export type NewEnvironmentSpec = {
  name: string;
  displayName: string;
  region: string;
  sslEnabled: boolean;
  layers: NewLayerSpec[];
};

export type MarketplaceApp = {
  id: string;
  name: string;
  description: string;
  categories: string[];
  /** The package's nodes when the listing states them (JPS `nodes`); empty when unknown. */
  layers: Omit<NewLayerSpec, "publicIp">[];
};

export type MarketplaceInstall = {
  appId: string;
  envName: string;
  region: string;
  displayName: string;
};

/** What creation answers: the env (usually still `creating`). */
export type CreatedEnvironment = { name: string; status: EnvironmentStatus };
