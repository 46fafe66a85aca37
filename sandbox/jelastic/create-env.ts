import { createHash } from "node:crypto";
import { z } from "zod";
import type { SandboxDeps } from "../context";
import { stackTemplates } from "../seed-data/stack-templates";
import type { Environment, PlatformUser } from "../state/types";
import type { PlatformCall } from "./call";
import { creationDelayMs } from "./creation-clock";
import { envInfo } from "./env-view";
import { fail, ok, type PlatformReply } from "./envelope";
import { checkLimits, checkName, CreateCode, type RequestedNode } from "./new-env-rules";
import { isReply, requireUser } from "./sessions";

const envParam = z.looseObject({
  shortdomain: z.string(),
  displayName: z.string().optional(),
  region: z.string().optional(),
  sslstate: z.boolean().optional(),
});
const nodesParam = z
  .array(
    z.looseObject({
      nodeType: z.string(),
      count: z.number().int().min(1).default(1),
      fixedCloudlets: z.number().int().min(0).default(0),
      flexibleCloudlets: z.number().int().min(1),
      extip: z.boolean().default(false),
    }),
  )
  .min(1);

function parseJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? "");
  } catch {
    return undefined;
  }
}

/** environment/control/createenvironment: `env` + `nodes` JSON; answers a ScriptEvalResponse. */
export function createEnvironment({ params, deps }: PlatformCall): PlatformReply {
  const who = requireUser(deps, params.session);
  if (isReply(who)) return who;
  const env = envParam.safeParse(parseJson(params.env));
  const nodes = nodesParam.safeParse(parseJson(params.nodes));
  if (!env.success || !nodes.success) {
    return fail(CreateCode.INVALID_PARAM, "invalid parameters [env] or [nodes]");
  }
  const name = env.data.shortdomain;
  const region = env.data.region ?? who.user.defaultHardNodeGroup;
  const refused =
    checkName(deps.store.state, name) ??
    checkRegionAndStacks(who.user, region, nodes.data) ??
    checkLimits(deps.store.state, who.user, nodes.data);
  if (refused) return refused;
  const created = addEnvironment(deps, who.user, {
    name,
    displayName: env.data.displayName || name,
    region,
    ssl: env.data.sslstate ?? false,
    nodes: nodes.data,
  });
  return ok({ response: { result: 0, ...envInfo(created, deps.store.state, false) } });
}

export function checkRegionAndStacks(
  user: PlatformUser,
  region: string,
  nodes: RequestedNode[],
): PlatformReply | null {
  if (!user.hardNodeGroups.includes(region)) {
    return fail(CreateCode.INVALID_PARAM, `region [${region}] is not available`);
  }
  const unknown = nodes.find((n) => !stackTemplates.some((t) => t.nodeType === n.nodeType));
  if (unknown)
    return fail(CreateCode.NODE_TYPE, `node type [${unknown.nodeType}] is not available`);
  return null;
}

type NewEnv = {
  name: string;
  displayName: string;
  region: string;
  ssl: boolean;
  nodes: RequestedNode[];
};

/** Stores the environment as `creating`; creation-clock makes it `running` after the delay. */
export function addEnvironment(deps: SandboxDeps, user: PlatformUser, spec: NewEnv): Environment {
  const now = deps.now();
  return deps.store.update((state) => {
    let nextId =
      Math.max(90_000, ...state.platform.envs.flatMap((e) => e.nodes.map((n) => n.id))) + 1;
    let ip = 0;
    const environment: Environment = {
      envName: spec.name,
      appid: createHash("md5").update(`sandbox-env:${spec.name}:${now}`).digest("hex"),
      displayName: spec.displayName,
      ownerUid: user.uid,
      status: 6,
      readyAt: now + creationDelayMs(deps),
      region: spec.region,
      createdOn: new Date(now).toISOString().slice(0, 19).replace("T", " "),
      sslstate: spec.ssl,
      ishaenabled: false,
      isFirewallEnabled: true,
      extdomains: [],
      envGroups: [],
      nodeGroups: spec.nodes.map((n) => ({
        name: layerOf(n.nodeType),
        displayName: stackTemplates.find((t) => t.nodeType === n.nodeType)?.name ?? n.nodeType,
        scalingMode: layerOf(n.nodeType) === "sqldb" ? "STATEFUL" : "STATELESS",
        templateType: "NATIVE",
        vType: "CT",
        isSLBAccessEnabled: true,
        features: ["FIREWALL"],
      })),
      nodes: spec.nodes.flatMap((n) =>
        Array.from({ length: n.count }, (_, i) => {
          const template = stackTemplates.find((t) => t.nodeType === n.nodeType);
          ip++;
          return {
            id: nextId++,
            nodeGroup: layerOf(n.nodeType),
            nodeType: n.nodeType,
            name: template?.name ?? n.nodeType,
            version: template?.tags[0] ?? "latest",
            displayName: template?.name ?? n.nodeType,
            fixedCloudlets: n.fixedCloudlets,
            flexibleCloudlets: n.flexibleCloudlets,
            intIP: `10.120.${(nextId >> 8) & 255}.${ip}`,
            extIPs: n.extip ? [`203.0.113.${(nextId + i) % 250}`] : [],
            status: 6,
            ismaster: i === 0,
            diskLimit: 10_000,
            type: template?.type === "DOCKERIZED" ? ("DOCKER" as const) : ("NATIVE" as const),
            vType: "CT" as const,
            osType: "LINUX" as const,
          };
        }),
      ),
    };
    state.platform.envs.push(environment);
    return environment;
  });
}

/** The platform names a layer by its mission: bl, cp, sqldb, nosqldb, cache, vds, docker. */
function layerOf(nodeType: string): string {
  const mission = stackTemplates.find((t) => t.nodeType === nodeType)?.nodeMission ?? "cp";
  return mission === "docker" ? "cp" : mission;
}
