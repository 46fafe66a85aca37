import { describe, expect, it } from "vitest";
import { customInputSchema, issuesOf } from "./input";
import { quotaIssues, toLayerSpecs } from "./topology";

const layer = {
  nodeType: "nginx",
  nodes: 1,
  reservedRamMiB: 200,
  reservedCpuMHz: 400,
  limitRamMiB: 1024,
  limitCpuMHz: 1000,
  publicIp: false,
};
const trial = {
  maxEnvironments: 2,
  maxNodesPerEnvironment: 4,
  maxNodesPerLayer: 2,
  maxCloudletsPerNode: 8,
  publicIpAllowed: false,
};

describe("new environment input", () => {
  it("rounds MiB/MHz up to cloudlets (RAM or CPU, whichever needs more)", () => {
    expect(toLayerSpecs([layer])).toEqual([
      {
        nodeType: "nginx",
        nodes: 1,
        reservedCloudlets: 2,
        scalingLimitCloudlets: 8,
        publicIp: false,
      },
    ]);
  });

  it("checks names and limits with catalogue message keys", () => {
    const bad = customInputSchema.safeParse({
      name: "9lives",
      region: "eu",
      sslEnabled: false,
      layers: [{ ...layer, limitRamMiB: 100, limitCpuMHz: 100 }],
    });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(issuesOf(bad.error)).toEqual({
        name: "nameInvalid",
        "layers.0.limit": "limitBelowReserved",
      });
    }
    expect(
      customInputSchema.safeParse({
        name: "ok-name",
        region: "eu",
        sslEnabled: true,
        layers: [layer],
      }).success,
    ).toBe(true);
  });

  it("finds quota problems at the field that causes them", () => {
    const specs = toLayerSpecs([{ ...layer, nodes: 3, limitRamMiB: 2048, publicIp: true }]);
    expect(quotaIssues(specs, trial, 2)).toEqual({
      name: "quotaEnvironments",
      "layers.0.nodes": "quotaNodesPerLayer",
      "layers.0.limit": "quotaCloudlets",
      "layers.0.publicIp": "quotaPublicIp",
    });
    expect(quotaIssues(toLayerSpecs([layer]), trial, 1)).toEqual({});
  });
});
