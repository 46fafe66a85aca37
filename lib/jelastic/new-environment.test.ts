import { describe, expect, it } from "vitest";
import pricingFixture from "@/lib/billing/estimate/__fixtures__/pricing-model.json";
import { silentLogger, UpstreamError } from "@/lib/http";
import { fakeFetch, type FakeReply, type FakeRequest } from "@/lib/http/testing";
import billingRefusal from "./__fixtures__/create-environment-billing.json";
import quotaRefusal from "./__fixtures__/create-environment-quota.json";
import created from "./__fixtures__/create-environment.json";
import envDeleted from "./__fixtures__/get-env-info-deleted.json";
import envForeign from "./__fixtures__/get-env-info-foreign.json";
import quotas from "./__fixtures__/get-quotas.json";
import regions from "./__fixtures__/get-regions.json";
import templates from "./__fixtures__/get-templates.json";
import installed from "./__fixtures__/marketplace-install.json";
import marketplace from "./__fixtures__/marketplace-list.json";
import { JelasticQuotaError } from "./errors";
import { JelasticBalanceError } from "./errors-new-environment";
import { createJelasticClient } from "./index";

const SESSION = "s3ss10n";

function setup(reply: (request: FakeRequest, index: number) => FakeReply) {
  const fake = fakeFetch(reply);
  const jelastic = createJelasticClient({
    baseUrl: "http://platform.test/jelastic",
    regUrl: "http://platform.test/reg",
    adminToken: "admin",
    currency: "usd",
    timeoutMs: 50,
    retries: 1,
    retryDelayMs: 1,
    fetch: fake.fetch,
    logger: silentLogger,
  });
  return { jelastic, requests: fake.requests };
}

const fields = (request: FakeRequest | undefined) => Object.fromEntries(request?.form ?? []);

describe("new-environment catalogue", () => {
  it("flattens enabled hardware node groups into regions", async () => {
    const { jelastic, requests } = setup(() => ({ json: regions }));
    expect(await jelastic.getRegions(SESSION)).toEqual([
      { id: "eu-de-fra", name: "Europe (Frankfurt)" },
      { id: "us-east-nyc", name: "US East" },
    ]);
    expect(requests[0]?.url).toMatch(/\/1\.0\/environment\/control\/rest\/getregions$/);
  });

  it("files stacks under categories and drops inactive or unknown missions", async () => {
    const { jelastic } = setup(() => ({ json: templates }));
    const stacks = await jelastic.getTemplates(SESSION);
    expect(stacks.map((s) => [s.nodeType, s.category, s.version])).toEqual([
      ["nginx", "balancer", "1.26.2"],
      ["tomcat", "appServer", "10.1.31"],
      ["mysql8", "database", "8.0.40"],
      ["redis", "cache", null],
      ["centos-vps", "vps", "9.4"],
      ["docker", "docker", null],
    ]);
    expect(stacks[1]?.name).toBe("Tomcat");
  });

  it("reads quotas by `;`-separated names; missing ones are no limit", async () => {
    const { jelastic, requests } = setup(() => ({ json: quotas }));
    expect(await jelastic.getQuotas(SESSION)).toEqual({
      maxEnvironments: 2,
      maxNodesPerEnvironment: null,
      maxNodesPerLayer: 2,
      maxCloudletsPerNode: 8,
      publicIpAllowed: false,
    });
    expect(fields(requests[0]).quotasnames).toContain("environment.maxcount;");
  });

  it("loads the pricing model with an unauthenticated GET", async () => {
    const { jelastic, requests } = setup(() => ({ json: pricingFixture }));
    const model = await jelastic.getPricingModel();
    expect(model.fixed.tiers[0]).toMatchObject({ value: 1, price: 0.004455 });
    expect(requests[0]?.url).toBe("http://platform.test/jelastic/auth/GetDefaultPricingModels");
    expect(fields(requests[0])).toEqual({});
  });

  it("turns an unusable pricing answer into a bad-response error", async () => {
    const { jelastic } = setup(() => ({ json: { result: 0, response: { models: [] } } }));
    await expect(jelastic.getPricingModel()).rejects.toMatchObject({ kind: "bad_response" });
  });

  it("parses marketplace apps, filters by category and skips unusable rows", async () => {
    const { jelastic, requests } = setup(() => ({ json: marketplace }));
    const apps = await jelastic.getMarketplaceApps(SESSION, { search: "wor" });
    expect(apps).toEqual([
      {
        id: "wordpress",
        name: "WordPress",
        description: "Blog and website platform",
        categories: ["cms", "blog"],
        layers: [
          { nodeType: "apache-php", nodes: 1, reservedCloudlets: 1, scalingLimitCloudlets: 8 },
        ],
      },
      {
        id: "gitlab",
        name: "GitLab CE",
        description: "Git hosting",
        categories: ["dev-tools"],
        layers: [],
      },
    ]);
    expect(fields(requests[0]).search).toBe("wor");
    const cms = await jelastic.getMarketplaceApps(SESSION, { category: "CMS" });
    expect(cms.map((a) => a.id)).toEqual(["wordpress"]);
  });
});

describe("creating environments", () => {
  const spec = {
    name: "brand-new",
    displayName: "Brand new",
    region: "eu-de-fra",
    sslEnabled: true,
    layers: [
      {
        nodeType: "apache-php",
        nodes: 2,
        reservedCloudlets: 1,
        scalingLimitCloudlets: 4,
        publicIp: true,
      },
    ],
  };

  it("sends env and nodes JSON once and reads the new env's status", async () => {
    const { jelastic, requests } = setup(() => ({ json: created }));
    expect(await jelastic.createEnvironment(SESSION, spec)).toEqual({
      name: "brand-new",
      status: "creating",
    });
    const form = fields(requests[0]);
    expect(JSON.parse(form.env ?? "")).toEqual({
      shortdomain: "brand-new",
      displayName: "Brand new",
      region: "eu-de-fra",
      sslstate: true,
      ishaenabled: false,
    });
    expect(JSON.parse(form.nodes ?? "")).toEqual([
      { nodeType: "apache-php", count: 2, fixedCloudlets: 1, flexibleCloudlets: 4, extip: true },
    ]);
  });

  it("maps quota and billing refusals to typed errors", async () => {
    const quota = setup(() => ({ json: quotaRefusal }));
    const error = await quota.jelastic.createEnvironment(SESSION, spec).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JelasticQuotaError);
    expect(error).toMatchObject({ code: 2361 });
    const billing = setup(() => ({ json: billingRefusal }));
    await expect(billing.jelastic.createEnvironment(SESSION, spec)).rejects.toBeInstanceOf(
      JelasticBalanceError,
    );
  });

  it("never retries a create on 5xx", async () => {
    const { jelastic, requests } = setup(() => ({ status: 500, text: "oops" }));
    const error = await jelastic.createEnvironment(SESSION, spec).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(requests).toHaveLength(1);
  });

  it("reads name availability from GetEnvInfo: 11 free, 901 or success taken", async () => {
    const free = setup(() => ({ json: envDeleted }));
    expect(await free.jelastic.isEnvNameAvailable(SESSION, "free-name")).toBe(true);
    const foreign = setup(() => ({ json: envForeign }));
    expect(await foreign.jelastic.isEnvNameAvailable(SESSION, "bill-shop")).toBe(false);
    const own = setup(() => ({ json: { result: 0, env: { envName: "mine", status: 1 } } }));
    expect(await own.jelastic.isEnvNameAvailable(SESSION, "mine")).toBe(false);
    expect(await own.jelastic.getEnvStatus(SESSION, "mine")).toBe("running");
  });

  it("installs a marketplace app under the chosen environment name", async () => {
    const { jelastic, requests } = setup(() => ({ json: installed }));
    const result = await jelastic.installMarketplaceApp(SESSION, {
      appId: "wordpress",
      envName: "my-blog",
      region: "eu-de-fra",
      displayName: "My blog",
    });
    expect(result).toEqual({ name: "my-blog", status: "creating" });
    expect(fields(requests[0])).toMatchObject({
      id: "wordpress",
      envName: "my-blog",
      region: "eu-de-fra",
    });
  });
});
