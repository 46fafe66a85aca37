import { describe, expect, it } from "vitest";
import type { Environment } from "@/lib/jelastic";
import { summarizeEnvironment } from "./layers";
import { pageOf } from "./listing";

const shop: Environment = {
  name: "shop",
  displayName: "Shop",
  domain: "shop.example.test",
  status: "running",
  region: "eu",
  createdAt: null,
  sslEnabled: true,
  extDomains: [],
  nodes: [
    {
      id: 1,
      nodeGroup: "cp",
      nodeType: "tomcat",
      fixedCloudlets: 2,
      flexibleCloudlets: 8,
      publicIps: ["192.0.2.1"],
    },
    {
      id: 2,
      nodeGroup: "cp",
      nodeType: "tomcat",
      fixedCloudlets: 2,
      flexibleCloudlets: 8,
      publicIps: [],
    },
    {
      id: 3,
      nodeGroup: "sqldb",
      nodeType: "mysql",
      fixedCloudlets: 4,
      flexibleCloudlets: 4,
      publicIps: [],
    },
  ],
};

describe("summarizeEnvironment", () => {
  it("groups nodes into layers and converts cloudlets to MiB and MHz", () => {
    const summary = summarizeEnvironment(shop);
    expect(summary.layers.map((l) => [l.nodeGroup, l.nodes])).toEqual([
      ["cp", 2],
      ["sqldb", 1],
    ]);
    expect(summary.layers[0]?.reserved).toEqual({ cloudlets: 2, ramMiB: 256, cpuMHz: 800 });
    expect(summary.layers[0]?.scalingLimit).toEqual({ cloudlets: 8, ramMiB: 1024, cpuMHz: 3200 });
    expect(summary.totals).toEqual({
      reservedRamMiB: 2 * 256 + 512,
      reservedCpuMHz: 2 * 800 + 1600,
      maxRamMiB: 2 * 1024 + 512,
      maxCpuMHz: 2 * 3200 + 1600,
    });
    expect(summary.publicIps).toEqual(["192.0.2.1"]);
  });
});

describe("pageOf", () => {
  const envs = Array.from({ length: 55 }, (_, i) => ({
    name: `env-${i}`,
    displayName: i === 7 ? "Customer Portal" : `Site ${i}`,
    status: i % 2 ? ("stopped" as const) : ("running" as const),
  }));

  it("returns one page with the total and page count", () => {
    const page = pageOf(envs, { page: 3, pageSize: 25 });
    expect(page).toMatchObject({ total: 55, page: 3, pageCount: 3 });
    expect(page.items).toHaveLength(5);
  });

  it("filters by status and searches name and display name", () => {
    expect(pageOf(envs, { status: "stopped", page: 1, pageSize: 100 }).total).toBe(27);
    expect(
      pageOf(envs, { search: "portal", page: 1, pageSize: 25 }).items.map((e) => e.name),
    ).toEqual(["env-7"]);
  });

  it("clamps a page number past the end to the last page", () => {
    expect(pageOf(envs, { page: 99, pageSize: 25 }).page).toBe(3);
    expect(pageOf([], { page: 2, pageSize: 25 })).toMatchObject({
      page: 1,
      pageCount: 1,
      total: 0,
    });
  });
});
