import type { JelasticTransport } from "./client";
import type { JelasticParams } from "./encode";
import { asBalanceError } from "./errors-new-environment";
import { emptySchema } from "./schemas";
import type { Environment, EnvironmentNode } from "./types";
import type { LayerResourcesChange } from "./types-resources";

/**
 * Layer changes go through ChangeTopology (reference §2.3) rather than SetCloudletsCountById plus
 * separate node-count and public-IP calls: one request is checked against the quotas and billed as
 * a whole, so a refusal (e.g. a trial account asking for a public IP) cannot leave the layer half
 * changed (cloudlets applied, IP refused). The price is sending the full topology, which is built
 * here from the environment as last read, with only the chosen layer replaced.
 */
export function toChangeTopologyParams(
  env: Environment,
  change: LayerResourcesChange,
): JelasticParams {
  const layers = new Map<string, EnvironmentNode[]>();
  for (const node of env.nodes)
    layers.set(node.nodeGroup, [...(layers.get(node.nodeGroup) ?? []), node]);
  return {
    envName: env.name,
    env: {
      shortdomain: env.name,
      region: env.region,
      sslstate: env.sslEnabled,
      ishaenabled: false,
    },
    nodes: [...layers.entries()].map(([nodeGroup, nodes]) => {
      const first = nodes[0];
      const wanted = nodeGroup === change.nodeGroup ? change : null;
      return {
        nodeGroup,
        nodeType: first?.nodeType ?? nodeGroup,
        count: wanted?.nodes ?? nodes.reduce((sum, n) => sum + (n.count ?? 1), 0),
        fixedCloudlets: wanted?.reservedCloudlets ?? first?.fixedCloudlets ?? 0,
        flexibleCloudlets: wanted?.scalingLimitCloudlets ?? first?.flexibleCloudlets ?? 1,
        extip: wanted?.publicIp ?? nodes.some((n) => n.publicIps.length > 0),
      };
    }),
  };
}

/**
 * Quota refusals arrive as JelasticQuotaError (with `code`, reference §1.6), billing refusals as
 * JelasticBalanceError. Never retried: a lost answer may still have changed the topology.
 */
export async function changeLayerResources(
  transport: JelasticTransport,
  session: string,
  env: Environment,
  change: LayerResourcesChange,
): Promise<void> {
  try {
    await transport.call(
      "environment/control/ChangeTopology",
      toChangeTopologyParams(env, change),
      emptySchema,
      () => undefined,
      { session, idempotent: false },
    );
  } catch (error) {
    throw asBalanceError(error);
  }
}

export type ResourcesClient = {
  changeLayerResources(
    session: string,
    env: Environment,
    change: LayerResourcesChange,
  ): Promise<void>;
};

export function resourcesMethods(transport: JelasticTransport): ResourcesClient {
  return {
    changeLayerResources: (session, env, change) =>
      changeLayerResources(transport, session, env, change),
  };
}
