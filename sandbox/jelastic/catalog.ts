import { quotasFor } from "../seed-data/group-quotas";
import { stackTemplates } from "../seed-data/stack-templates";
import type { PlatformCall } from "./call";
import { ok, type PlatformReply } from "./envelope";
import { isReply, requireUser } from "./sessions";

/**
 * environment/control/getregions: one region per hardware node group the user may use (a trial
 * account only sees its one group), shaped as `array[]{…, hardNodeGroups[]}` (reference §2.3).
 */
export function getRegions({ params, deps }: PlatformCall): PlatformReply {
  const who = requireUser(deps, params.session);
  if (isReply(who)) return who;
  const allowed = new Set(who.user.hardNodeGroups);
  const array = deps.store.state.platform.regions
    .filter((r) => allowed.has(r.uniqueName))
    .map((r) => ({
      uniqueName: r.uniqueName,
      displayName: r.displayName,
      domain: r.domain,
      hardNodeGroups: [{ uniqueName: r.uniqueName, displayName: r.displayName, isEnabled: true }],
    }));
  return ok({ array });
}

/** environment/control/gettemplates: the stacks every account may use. */
export function getTemplates({ params, deps }: PlatformCall): PlatformReply {
  const who = requireUser(deps, params.session);
  if (isReply(who)) return who;
  const array = stackTemplates.map((t) => ({
    nodeType: t.nodeType,
    name: t.name,
    displayName: t.name,
    nodeMission: t.nodeMission,
    ...(t.engineType ? { engineType: t.engineType } : {}),
    tags: t.tags,
    type: t.type,
    isActive: true,
  }));
  return ok({ array });
}

/** billing/account/getquotas: `quotasnames` is `;`-separated; none means all. */
export function getQuotas({ params, deps }: PlatformCall): PlatformReply {
  const who = requireUser(deps, params.session);
  if (isReply(who)) return who;
  const all = quotasFor(who.user.groupType);
  const wanted = (params.quotasnames ?? "")
    .split(";")
    .map((n) => n.trim())
    .filter(Boolean);
  const names = wanted.length > 0 ? wanted.filter((n) => n in all) : Object.keys(all);
  const array = names.map((name, i) => ({
    quota: { id: i + 1, name, description: name },
    value: all[name] ?? 0,
  }));
  return ok({ array });
}
