import { createHash } from "node:crypto";
import type { Environment, NodeGroup, PlatformNode } from "../state/types";

/** Environment status codes used by the seed (reference §1.7). */
export const STATUS = { running: 1, stopped: 2, sleeping: 4, creating: 6 } as const;

/** Small builders so the seed reads as data, not as boilerplate. */
export function appidFor(envName: string): string {
  return createHash("md5").update(`sandbox-env:${envName}`).digest("hex");
}

/** Node status that matches the environment's status (running nodes are "up", and so on). */
export function nodeStatusFor(envStatus: number): number {
  return envStatus === 1 ? 1 : envStatus === 4 ? 4 : envStatus === 6 ? 6 : 2;
}

type NodeSpec = Pick<
  PlatformNode,
  "id" | "nodeGroup" | "nodeType" | "name" | "version" | "displayName"
> & {
  fixed: number;
  flexible: number;
  ip: string;
  extIPs?: string[];
  master?: boolean;
  docker?: string;
  vm?: boolean;
  disk?: number;
};

export function node(spec: NodeSpec): Omit<PlatformNode, "status"> {
  return {
    id: spec.id,
    nodeGroup: spec.nodeGroup,
    nodeType: spec.nodeType,
    name: spec.name,
    version: spec.version,
    displayName: spec.displayName,
    fixedCloudlets: spec.fixed,
    flexibleCloudlets: spec.flexible,
    intIP: spec.ip,
    extIPs: spec.extIPs ?? [],
    ismaster: spec.master ?? true,
    diskLimit: spec.disk ?? 10_000,
    type: spec.docker ? "DOCKER" : "NATIVE",
    vType: spec.vm ? "VM" : "CT",
    osType: "LINUX",
    ...(spec.docker ? { image: spec.docker } : {}),
  };
}

export function group(name: string, displayName: string, stateful = false, vm = false): NodeGroup {
  return {
    name,
    displayName,
    scalingMode: stateful ? "STATEFUL" : "STATELESS",
    templateType: "NATIVE",
    vType: vm ? "VM" : "CT",
    isSLBAccessEnabled: !stateful,
    features: ["FIREWALL"],
  };
}

type EnvSpec = Omit<
  Environment,
  "appid" | "nodes" | "ishaenabled" | "isFirewallEnabled" | "envGroups"
> & {
  nodes: Omit<PlatformNode, "status">[];
  envGroups?: string[];
};

export function env(spec: EnvSpec): Environment {
  return {
    ...spec,
    appid: appidFor(spec.envName),
    ishaenabled: false,
    isFirewallEnabled: true,
    envGroups: spec.envGroups ?? [],
    nodes: spec.nodes.map((n) => ({ ...n, status: nodeStatusFor(spec.status) })),
  };
}
