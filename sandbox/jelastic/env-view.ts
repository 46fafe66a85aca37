import type { JsonObject } from "../http/respond";
import type { Environment, PlatformNode, SandboxState } from "../state/types";

/**
 * One `infos[]` entry of GetEnvs (and the body of GetEnvInfo), modelled on the real GetEnvInfo
 * sample in reference §2.3: `env{…}`, `nodes[]`, `nodeGroups[]`, `envGroups[]`.
 */
export function envInfo(environment: Environment, state: SandboxState, lazy: boolean): JsonObject {
  const region = state.platform.regions.find((r) => r.uniqueName === environment.region);
  const domain = `${environment.envName}.${region?.domain ?? "sandbox-cloud.test"}`;
  const env: JsonObject = {
    appid: environment.appid,
    envName: environment.envName,
    shortdomain: environment.envName,
    domain,
    displayName: environment.displayName,
    status: environment.status,
    sslstate: environment.sslstate,
    ishaenabled: environment.ishaenabled,
    extdomains: environment.extdomains,
    hardwareNodeGroup: environment.region,
    hostGroup: {
      displayName: region?.displayName ?? environment.region,
      uniqueName: environment.region,
    },
    createdOn: environment.createdOn,
    creatorUid: environment.ownerUid,
    uid: environment.ownerUid,
    isFirewallEnabled: environment.isFirewallEnabled,
    isTransferring: false,
    contexts: [],
    ...(environment.engine ? { engine: environment.engine } : {}),
  };
  return {
    env,
    nodes: lazy
      ? []
      : environment.nodes.map((n) => nodeView(n, environment.envName, region?.domain)),
    nodeGroups: lazy
      ? []
      : environment.nodeGroups.map((g) => ({
          name: g.name,
          displayName: g.displayName,
          scalingMode: g.scalingMode,
          templateType: g.templateType,
          vType: g.vType,
          isSLBAccessEnabled: g.isSLBAccessEnabled,
          features: g.features,
        })),
    envGroups: environment.envGroups,
  };
}

function nodeView(
  node: PlatformNode,
  envName: string,
  regionDomain = "sandbox-cloud.test",
): JsonObject {
  const host = `${envName}.${regionDomain}`;
  return {
    id: node.id,
    nodeGroup: node.nodeGroup,
    nodeType: node.nodeType,
    name: node.name,
    displayName: node.displayName,
    version: node.version,
    fixedCloudlets: node.fixedCloudlets,
    flexibleCloudlets: node.flexibleCloudlets,
    intIP: node.intIP,
    address: node.intIP,
    url: `http://node${node.id}-${host}`,
    adminUrl: `https://node${node.id}-${host}`,
    status: node.status,
    ismaster: node.ismaster,
    diskLimit: node.diskLimit,
    bandwidthLimit: 100_000,
    osType: node.osType,
    type: node.type,
    vType: node.vType,
    // The platform omits null/empty values ("nulls omitted"); extIPs only appears when attached.
    ...(node.extIPs.length > 0 ? { extIPs: node.extIPs } : {}),
    ...(node.image
      ? {
          customitem: {
            dockerName: node.image.split(":")[0] ?? node.image,
            dockerTag: node.image.split(":")[1] ?? "latest",
          },
        }
      : {}),
  };
}
