import { z } from "zod";
import type { Environment, PlatformNode } from "../state/types";
import type { PlatformCall } from "./call";
import { envInfo } from "./env-view";
import { fail, ok, type PlatformReply } from "./envelope";
import { checkLimits, CreateCode, type RequestedNode } from "./new-env-rules";
import { isEnv, requireOwnedEnv } from "./owned-env";
import { isReply, requireUser } from "./sessions";

const nodesParam = z
  .array(
    z.looseObject({
      nodeGroup: z.string(),
      nodeType: z.string(),
      count: z.number().int().min(1),
      fixedCloudlets: z.number().int().min(0),
      flexibleCloudlets: z.number().int().min(1),
      extip: z.boolean().default(false),
    }),
  )
  .min(1);

type WantedLayer = z.infer<typeof nodesParam>[number];

function parseJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? "");
  } catch {
    return undefined;
  }
}

/**
 * environment/control/changetopology: resizes the layers named in `nodes` (node count, cloudlets,
 * public IP). Adding or removing whole layers is not modelled. Quotas are the creation rules,
 * checked against the environment as it would be afterwards; the environment itself is left out
 * of the environment count, since changing it does not make a new one.
 */
export function changeTopology(call: PlatformCall): PlatformReply {
  const environment = requireOwnedEnv(call);
  if (!isEnv(environment)) return environment;
  const who = requireUser(call.deps, call.params.session);
  if (isReply(who)) return who;
  const nodes = nodesParam.safeParse(parseJson(call.params.nodes));
  if (!nodes.success) return fail(CreateCode.INVALID_PARAM, "invalid parameter [nodes]");
  const groups = new Set(environment.nodes.map((n) => n.nodeGroup));
  const unknown = nodes.data.find((n) => !groups.has(n.nodeGroup));
  if (unknown) return fail(CreateCode.INVALID_PARAM, `node group [${unknown.nodeGroup}] not found`);
  if (environment.status === 6)
    return fail(CreateCode.INVALID_PARAM, "environment is being created");

  const state = call.deps.store.state;
  const others = {
    ...state,
    platform: { ...state.platform, envs: state.platform.envs.filter((e) => e !== environment) },
  };
  const refused = checkLimits(others, who.user, afterChange(environment, nodes.data));
  if (refused) return refused;

  const changed = call.deps.store.update(() => {
    for (const wanted of nodes.data) resizeLayer(environment, wanted);
    return environment;
  });
  return ok({ response: { result: 0, ...envInfo(changed, call.deps.store.state, false) } });
}

/** Every layer as it would be: the requested ones as asked, the others as they are. */
function afterChange(environment: Environment, wanted: WantedLayer[]): RequestedNode[] {
  const byGroup = new Map<string, PlatformNode[]>();
  for (const n of environment.nodes)
    byGroup.set(n.nodeGroup, [...(byGroup.get(n.nodeGroup) ?? []), n]);
  return [...byGroup.entries()].map(([group, current]) => {
    const asked = wanted.find((w) => w.nodeGroup === group);
    const first = current[0];
    return {
      nodeType: first?.nodeType ?? group,
      count: asked?.count ?? current.length,
      fixedCloudlets: asked?.fixedCloudlets ?? first?.fixedCloudlets ?? 0,
      flexibleCloudlets: asked?.flexibleCloudlets ?? first?.flexibleCloudlets ?? 1,
      extip: asked?.extip ?? current.some((n) => n.extIPs.length > 0),
    };
  });
}

/** Clones the layer's first node to add nodes, drops the last ones to remove them. */
function resizeLayer(environment: Environment, wanted: WantedLayer): void {
  const layer = environment.nodes.filter((n) => n.nodeGroup === wanted.nodeGroup);
  const template = layer[0];
  if (!template) return;
  let nextId = Math.max(...environment.nodes.map((n) => n.id)) + 1;
  while (layer.length < wanted.count) {
    const id = nextId++;
    layer.push({
      ...template,
      id,
      ismaster: false,
      extIPs: [],
      intIP: `10.130.${(id >> 8) & 255}.${id & 255}`,
    });
  }
  layer.length = wanted.count;
  for (const node of layer) {
    node.fixedCloudlets = wanted.fixedCloudlets;
    node.flexibleCloudlets = wanted.flexibleCloudlets;
    if (!wanted.extip) node.extIPs = [];
    else if (node.extIPs.length === 0) node.extIPs = [`203.0.113.${(node.id % 250) + 1}`];
  }
  environment.nodes = [
    ...environment.nodes.filter((n) => n.nodeGroup !== wanted.nodeGroup),
    ...layer,
  ];
}
