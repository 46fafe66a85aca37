import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { estimateCost, parsePricingModel } from "@/lib/billing/estimate";
import { monthlyCostOf } from "./cost";
import type { EnvironmentSummary } from "./layers";

const parsed = parsePricingModel(
  JSON.parse(readFileSync("lib/billing/estimate/__fixtures__/pricing-model.json", "utf8")),
);
if (!parsed.ok) throw new Error(parsed.message);
const model = parsed.model;

const env = {
  sslEnabled: true,
  layers: [
    {
      nodeGroup: "cp",
      stack: "Tomcat",
      nodes: 2,
      reserved: { cloudlets: 2, ramMiB: 256, cpuMHz: 800 },
      scalingLimit: { cloudlets: 8, ramMiB: 1024, cpuMHz: 3200 },
      publicIps: ["192.0.2.1"],
    },
  ],
} as unknown as EnvironmentSummary;

describe("monthlyCostOf", () => {
  it("prices the environment's layers, public IPs and SSL as the estimator does", () => {
    const expected = estimateCost(
      model,
      {
        layers: [{ nodes: 2, reservedCloudlets: 2, scalingLimitCloudlets: 8, publicIp: true }],
        storageGB: 0,
        ssl: true,
      },
      "EUR",
    ).monthly;
    expect(monthlyCostOf(env, model, "EUR")).toEqual(expected);
    expect(expected.max.amountMinor).toBeGreaterThan(expected.min.amountMinor);
  });
});
