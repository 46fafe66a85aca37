import type { JelasticParams } from "./encode";
import type {
  RawMarketplaceApp,
  RawQuotas,
  RawRegions,
  RawTemplates,
} from "./schemas-new-environment";
import { marketplaceAppSchema } from "./schemas-new-environment";
import {
  QUOTA_NAMES,
  type AccountQuotas,
  type MarketplaceApp,
  type NewEnvironmentSpec,
  type Region,
  type StackCategory,
  type StackTemplate,
} from "./types-new-environment";

/** Platform field names of the wizard's calls meet domain names here, in both directions. */

const enabled = (value: unknown) =>
  value == null || value === true || value === 1 || value === "true" || value === "1";

/** Regions are groups of hardware node groups; `env.region` takes a hardware node group name. */
export function toRegions(raw: RawRegions): Region[] {
  const seen = new Set<string>();
  const regions: Region[] = [];
  for (const region of raw.array ?? []) {
    for (const group of region.hardNodeGroups ?? []) {
      if (!enabled(group.isEnabled) || seen.has(group.uniqueName)) continue;
      seen.add(group.uniqueName);
      regions.push({
        id: group.uniqueName,
        name: group.displayName || region.displayName || group.uniqueName,
      });
    }
  }
  return regions;
}

/** `nodeMission` is the layer a stack belongs to; docker images and unknown missions fall back. */
const CATEGORY_BY_MISSION: Record<string, StackCategory> = {
  bl: "balancer",
  cp: "appServer",
  sqldb: "database",
  nosqldb: "database",
  cache: "cache",
  vds: "vps",
  vps: "vps",
  docker: "docker",
  extra: "docker",
};

export function toStackTemplates(raw: RawTemplates): StackTemplate[] {
  const templates: StackTemplate[] = [];
  for (const item of raw.array ?? []) {
    if (item.isActive != null && !enabled(item.isActive)) continue;
    const mission = (item.nodeMission ?? "").toLowerCase();
    const category =
      CATEGORY_BY_MISSION[mission] ??
      ((item.type ?? "").toUpperCase() === "DOCKERIZED" ? "docker" : undefined);
    if (!category) continue;
    const firstTag = item.tags?.[0];
    const version = typeof firstTag === "string" ? firstTag : (firstTag?.name ?? null);
    templates.push({
      nodeType: item.nodeType,
      name: item.displayName || item.name || item.nodeType,
      category,
      version: version ?? null,
    });
  }
  return templates;
}

const numberOrNull = (value: unknown): number | null => {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
};

/** Missing quotas mean "no limit the platform told us about"; the platform still enforces its own. */
export function toQuotas(raw: RawQuotas): AccountQuotas {
  const values = new Map((raw.array ?? []).map((q) => [q.quota.name, q.value] as const));
  const ip = values.get(QUOTA_NAMES.publicIpAllowed);
  return {
    maxEnvironments: numberOrNull(values.get(QUOTA_NAMES.maxEnvironments)),
    maxNodesPerEnvironment: numberOrNull(values.get(QUOTA_NAMES.maxNodesPerEnvironment)),
    maxNodesPerLayer: numberOrNull(values.get(QUOTA_NAMES.maxNodesPerLayer)),
    maxCloudletsPerNode: numberOrNull(values.get(QUOTA_NAMES.maxCloudletsPerNode)),
    publicIpAllowed: ip == null ? true : ip === true || ip === 1 || ip === "1" || ip === "true",
  };
}

/** CreateEnvironment's `env` and `nodes` JSON (reference §2.3). */
export function toCreateEnvironmentParams(spec: NewEnvironmentSpec): JelasticParams {
  return {
    env: {
      shortdomain: spec.name,
      displayName: spec.displayName,
      region: spec.region,
      sslstate: spec.sslEnabled,
      ishaenabled: false,
    },
    nodes: spec.layers.map((layer) => ({
      nodeType: layer.nodeType,
      count: layer.nodes,
      fixedCloudlets: layer.reservedCloudlets,
      flexibleCloudlets: layer.scalingLimitCloudlets,
      extip: layer.publicIp,
    })),
  };
}

function toMarketplaceApp(raw: RawMarketplaceApp): MarketplaceApp | undefined {
  const id = raw.app_id ?? raw.id;
  if (!id || !raw.name) return undefined;
  const description =
    typeof raw.description === "string"
      ? raw.description
      : (raw.description?.short ?? raw.description?.text ?? raw.short_description ?? "");
  const categories = raw.categories ?? (raw.category ? [raw.category] : []);
  const layers = (raw.nodes ?? []).map((n) => ({
    nodeType: n.nodeType,
    nodes: n.count ?? 1,
    reservedCloudlets: n.fixedCloudlets ?? 0,
    scalingLimitCloudlets: Math.max(n.flexibleCloudlets ?? 0, n.fixedCloudlets ?? 0),
  }));
  return { id, name: raw.name, description, categories, layers };
}

/** Apps that do not parse are skipped rather than failing the whole catalogue. */
export function toMarketplaceApps(apps: unknown): MarketplaceApp[] {
  const list = Array.isArray(apps)
    ? apps
    : apps && typeof apps === "object"
      ? Object.values(apps)
      : [];
  return list.flatMap((item) => {
    const parsed = marketplaceAppSchema.safeParse(item);
    const app = parsed.success ? toMarketplaceApp(parsed.data) : undefined;
    return app ? [app] : [];
  });
}
