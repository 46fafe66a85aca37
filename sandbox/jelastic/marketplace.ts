import { marketplaceApps } from "../seed-data/marketplace-apps";
import type { PlatformCall } from "./call";
import { addEnvironment, checkRegionAndStacks } from "./create-env";
import { fail, ok, type PlatformReply } from "./envelope";
import { checkLimits, checkName, CreateCode } from "./new-env-rules";
import { isReply, requireUser } from "./sessions";

/** marketplace/app/getlist: `apps` + `total`; `search` matches name, description and category. */
export function getMarketplaceList({ params, deps }: PlatformCall): PlatformReply {
  const who = requireUser(deps, params.session);
  if (isReply(who)) return who;
  const search = (params.search ?? "").trim().toLowerCase();
  const apps = marketplaceApps
    .filter(
      (a) =>
        !search ||
        [a.name, a.description.short, ...a.categories].some((t) =>
          t.toLowerCase().includes(search),
        ),
    )
    .map((a) => ({
      app_id: a.app_id,
      id: a.app_id,
      name: a.name,
      description: a.description,
      categories: a.categories,
      // What a JPS manifest's `nodes` says; lets the portal estimate the cost before installing.
      nodes: a.nodes.map((n) => ({
        nodeType: n.nodeType,
        count: 1,
        fixedCloudlets: n.fixed,
        flexibleCloudlets: n.flexible,
      })),
    }));
  return ok({ apps, total: apps.length });
}

/** marketplace/app/install: creates a new environment from the package, as CreateEnvironment does. */
export function installMarketplaceApp({ params, deps }: PlatformCall): PlatformReply {
  const who = requireUser(deps, params.session);
  if (isReply(who)) return who;
  const found = marketplaceApps.find((a) => a.app_id === params.id);
  if (!found) return fail(CreateCode.INVALID_PARAM, `application [${params.id ?? ""}] not found`);
  const name = (params.envName ?? "").trim();
  const region = params.region || who.user.defaultHardNodeGroup;
  const nodes = found.nodes.map((n) => ({
    nodeType: n.nodeType,
    count: 1,
    fixedCloudlets: n.fixed,
    flexibleCloudlets: n.flexible,
    extip: false,
  }));
  const refused =
    checkName(deps.store.state, name) ??
    checkRegionAndStacks(who.user, region, nodes) ??
    checkLimits(deps.store.state, who.user, nodes);
  if (refused) return refused;
  const created = addEnvironment(deps, who.user, {
    name,
    displayName: params.displayName || found.name,
    region,
    ssl: true,
    nodes,
  });
  return ok({
    appid: created.appid,
    uniqueName: `${found.app_id}-${created.appid.slice(0, 8)}`,
    successText: `${found.name} is being installed in ${name}.`,
  });
}
