import { describe, expect, it } from "vitest";
import { estimateCost } from "@/lib/billing/estimate";
import { UpstreamError } from "@/lib/http";
import { JelasticBalanceError, JelasticQuotaError, type NewEnvironmentSpec } from "@/lib/jelastic";
import { demoUsers } from "@/sandbox/demo-users";
import { sandboxPerFile } from "./support/sandbox";

/** The platform client's "Add a new environment" methods against the sandbox over real HTTP. */
const sandbox = sandboxPerFile("sandbox-new-env", { resetAfterEach: true });
const control = sandbox.control;
const signIn = async (user: { email: string; password: string }) =>
  (await sandbox.jelastic.signIn(user.email, user.password)).session;

const spec = (name: string, extra: Partial<NewEnvironmentSpec> = {}): NewEnvironmentSpec => ({
  name,
  displayName: name,
  region: "eu-de-fra",
  sslEnabled: true,
  layers: [
    {
      nodeType: "apache-php",
      nodes: 1,
      reservedCloudlets: 1,
      scalingLimitCloudlets: 4,
      publicIp: false,
    },
  ],
  ...extra,
});

describe("catalogue", () => {
  it("lists regions per account group, stacks with categories, apps and quotas", async () => {
    const billing = await signIn(demoUsers.billing);
    const trial = await signIn(demoUsers.trial);
    expect((await sandbox.jelastic.getRegions(billing)).map((r) => r.id)).toEqual([
      "eu-de-fra",
      "us-east-nyc",
      "asia-sg",
    ]);
    expect(await sandbox.jelastic.getRegions(trial)).toEqual([
      { id: "eu-de-fra", name: "Europe (Frankfurt)" },
    ]);
    const stacks = await sandbox.jelastic.getTemplates(billing);
    expect(new Set(stacks.map((s) => s.category))).toEqual(
      new Set(["balancer", "appServer", "database", "cache", "vps", "docker"]),
    );
    const apps = await sandbox.jelastic.getMarketplaceApps(billing, { category: "cms" });
    expect(apps.map((a) => a.id)).toContain("wordpress");
    expect(apps.every((a) => a.categories.includes("cms"))).toBe(true);
    expect(
      (await sandbox.jelastic.getMarketplaceApps(billing, { search: "git" })).map((a) => a.id),
    ).toEqual(["gitlab"]);
    expect(await sandbox.jelastic.getQuotas(trial)).toEqual({
      maxEnvironments: 2,
      maxNodesPerEnvironment: 4,
      maxNodesPerLayer: 2,
      maxCloudletsPerNode: 8,
      publicIpAllowed: false,
    });
  });

  it("serves the pricing model unauthenticated, usable by the estimator", async () => {
    const model = await sandbox.jelastic.getPricingModel();
    const topology = {
      layers: [{ nodes: 1, reservedCloudlets: 1, scalingLimitCloudlets: 4, publicIp: false }],
      storageGB: 0,
      ssl: false,
    };
    expect(estimateCost(model, topology, "USD").hourly.min.amountMinor).toBeGreaterThanOrEqual(0);
  });
});

describe("creation", () => {
  it("checks names, creates as creating and becomes running after the delay", async () => {
    await control("platform-settings", { creationDelayMs: 300 });
    const session = await signIn(demoUsers.billing);
    expect(await sandbox.jelastic.isEnvNameAvailable(session, "bill-shop")).toBe(false);
    expect(await sandbox.jelastic.isEnvNameAvailable(session, "tess-hello")).toBe(false);
    expect(await sandbox.jelastic.isEnvNameAvailable(session, "brand-new")).toBe(true);
    const created = await sandbox.jelastic.createEnvironment(session, spec("brand-new"));
    expect(created).toEqual({ name: "brand-new", status: "creating" });
    expect(await sandbox.jelastic.getEnvStatus(session, "brand-new")).toBe("creating");
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await sandbox.jelastic.getEnvStatus(session, "brand-new")).toBe("running");
    const env = (await sandbox.jelastic.getEnvs(session)).find((e) => e.name === "brand-new");
    expect(env?.nodes[0]).toMatchObject({
      nodeType: "apache-php",
      fixedCloudlets: 1,
      flexibleCloudlets: 4,
    });
  });

  it("maps trial quota refusals to JelasticQuotaError with the code", async () => {
    const session = await signIn(demoUsers.trial);
    const ip = spec("trial-ip", {
      layers: [
        {
          nodeType: "nginx",
          nodes: 1,
          reservedCloudlets: 1,
          scalingLimitCloudlets: 2,
          publicIp: true,
        },
      ],
    });
    await expect(sandbox.jelastic.createEnvironment(session, ip)).rejects.toMatchObject({
      code: 2338,
    });
    await expect(sandbox.jelastic.createEnvironment(session, ip)).rejects.toBeInstanceOf(
      JelasticQuotaError,
    );
    const big = spec("trial-big", {
      layers: [
        {
          nodeType: "nginx",
          nodes: 1,
          reservedCloudlets: 1,
          scalingLimitCloudlets: 16,
          publicIp: false,
        },
      ],
    });
    await expect(sandbox.jelastic.createEnvironment(session, big)).rejects.toMatchObject({
      code: 2361,
    });
    await sandbox.jelastic.createEnvironment(session, spec("trial-second"));
    await expect(
      sandbox.jelastic.createEnvironment(session, spec("trial-third")),
    ).rejects.toMatchObject({
      code: 2360,
    });
  });

  it("installs a marketplace app as a new environment", async () => {
    const session = await signIn(demoUsers.billing);
    const created = await sandbox.jelastic.installMarketplaceApp(session, {
      appId: "wordpress",
      envName: "my-blog",
      region: "us-east-nyc",
      displayName: "My blog",
    });
    expect(created).toEqual({ name: "my-blog", status: "creating" });
    const env = (await sandbox.jelastic.getEnvs(session)).find((e) => e.name === "my-blog");
    expect(env).toMatchObject({ region: "us-east-nyc", status: "creating" });
  });

  it("turns an injected 500 on create into an unavailable UpstreamError, never retried", async () => {
    const session = await signIn(demoUsers.billing);
    await control("faults", {
      service: "jelastic",
      action: "environment/control/createenvironment",
      status: 500,
      times: 1,
    });
    const error = await sandbox.jelastic
      .createEnvironment(session, spec("fault-env"))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).kind).toBe("unavailable");
    expect(await sandbox.jelastic.isEnvNameAvailable(session, "fault-env")).toBe(true);
  });

  it("types billing refusals (2207) as JelasticBalanceError", async () => {
    const session = await signIn(demoUsers.billing);
    await control("faults", {
      service: "jelastic",
      action: "environment/control/createenvironment",
      error: { code: 2207, message: "external billing error" },
      times: 1,
    });
    await expect(
      sandbox.jelastic.createEnvironment(session, spec("no-money")),
    ).rejects.toBeInstanceOf(JelasticBalanceError);
  });
});
