/** The wanted resources of one layer (node group) of an existing environment, per node. */
export type LayerResourcesChange = {
  nodeGroup: string;
  nodes: number;
  /** Always billed (API `fixedCloudlets`). */
  reservedCloudlets: number;
  /** Total ceiling (API `flexibleCloudlets`). */
  scalingLimitCloudlets: number;
  publicIp: boolean;
};
