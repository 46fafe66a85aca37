import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { estimateCost, parsePricingModel } from "@/lib/billing/estimate";
import { summarizeEnvironment } from "@/lib/environments/layers";
import { compareMonthlyCost } from "./cost";
import { quotaIssue, resourcesInputSchema, resourcesIssuesOf } from "./input";

const parsed = parsePricingModel(
  JSON.parse(readFileSync("lib/billing/estimate/__fixtures__/pricing-model.json", "utf8")),
);
if (!parsed.ok) throw new Error(parsed.message);
const model = parsed.model;

const { layers } = summarizeEnvironment({
  name: "bill-staging",
  displayName: "Staging",
  domain: "",
  status: "stopped",
  region: "eu-de-fra",
  createdAt: null,
  sslEnabled: false,
  extDomains: [],
  nodes: [
    {
      id: 1,
      nodeGroup: "cp",
      nodeType: "nodejs",
      fixedCloudlets: 1,
      flexibleCloudlets: 6,
      publicIps: [],
    },
    {
      id: 2,
      nodeGroup: "sqldb",
      nodeType: "postgres",
      fixedCloudlets: 2,
      flexibleCloudlets: 8,
      publicIps: [],
    },
  ],
});
const sqldb = { nodes: 1, reservedCloudlets: 2, scalingLimitCloudlets: 8, publicIp: false };
const valid = {
  nodeGroup: "cp",
  nodes: 2,
  reservedRamMiB: 256,
  reservedCpuMHz: 800,
  limitRamMiB: 1024,
  limitCpuMHz: 3000,
  publicIp: true,
};

describe("compareMonthlyCost", () => {
  it("is the environment estimate before and after one layer changes, and their difference", () => {
    const change = {
      nodeGroup: "cp",
      nodes: 2,
      reservedCloudlets: 2,
      scalingLimitCloudlets: 8,
      publicIp: true,
    };
    const cost = compareMonthlyCost(model, "USD", false, layers, change);
    const est = (cp: typeof sqldb) =>
      estimateCost(model, { layers: [cp, sqldb], storageGB: 0, ssl: false }, "USD").monthly;
    const before = est({
      nodes: 1,
      reservedCloudlets: 1,
      scalingLimitCloudlets: 6,
      publicIp: false,
    });
    const after = est({ nodes: 2, reservedCloudlets: 2, scalingLimitCloudlets: 8, publicIp: true });
    expect(cost.before).toEqual(before);
    expect(cost.after).toEqual(after);
    expect(cost.difference.max.amountMinor).toBe(after.max.amountMinor - before.max.amountMinor);
    expect(cost.difference.min.amountMinor).toBeGreaterThan(0);
  });
});

describe("resources input", () => {
  it("accepts MiB/MHz and refuses a limit below the reserved resources or zero nodes", () => {
    expect(resourcesInputSchema.safeParse(valid).success).toBe(true);
    const low = resourcesInputSchema.safeParse({ ...valid, limitRamMiB: 128 });
    expect(low.success || resourcesIssuesOf(low.error)).toEqual({ limit: "limitBelowReserved" });
    const none = resourcesInputSchema.safeParse({ ...valid, nodes: 0 });
    expect(none.success || resourcesIssuesOf(none.error)).toEqual({ nodes: "nodesMin" });
  });

  it("maps quota codes to the field to change", () => {
    expect(quotaIssue(2361, valid)).toEqual({ limit: "quotaCloudlets" });
    expect(quotaIssue(2366, valid)).toEqual({ nodes: "quotaNodesPerLayer" });
    expect(quotaIssue(2338, valid)).toEqual({ publicIp: "quotaPublicIp" });
    expect(quotaIssue(2338, { ...valid, publicIp: false })).toEqual({ form: "quotaGeneric" });
  });
});
