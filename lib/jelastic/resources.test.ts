import { describe, expect, it } from "vitest";
import { fakeFetch, type FakeReply, type FakeRequest } from "@/lib/http/testing";
import changed from "./__fixtures__/change-topology.json";
import balance from "./__fixtures__/change-topology-balance.json";
import quota from "./__fixtures__/change-topology-quota.json";
import foreign from "./__fixtures__/get-env-info-foreign.json";
import { JelasticNotFoundError, JelasticQuotaError } from "./errors";
import { JelasticBalanceError } from "./errors-new-environment";
import { createJelasticClient } from "./index";
import type { Environment } from "./types";

const SESSION = "user-session-token";

const staging: Environment = {
  name: "bill-staging",
  displayName: "Staging",
  domain: "bill-staging.example.test",
  status: "stopped",
  region: "eu-de-fra",
  createdAt: null,
  sslEnabled: false,
  extDomains: [],
  nodes: [
    {
      id: 42011,
      nodeGroup: "cp",
      nodeType: "nodejs",
      fixedCloudlets: 1,
      flexibleCloudlets: 6,
      publicIps: [],
    },
    {
      id: 42012,
      nodeGroup: "sqldb",
      nodeType: "postgres",
      fixedCloudlets: 2,
      flexibleCloudlets: 8,
      publicIps: [],
    },
  ],
};
const change = {
  nodeGroup: "cp",
  nodes: 2,
  reservedCloudlets: 2,
  scalingLimitCloudlets: 8,
  publicIp: true,
};

function setup(reply: (request: FakeRequest, index: number) => FakeReply) {
  const fake = fakeFetch(reply);
  const jelastic = createJelasticClient({
    baseUrl: "http://platform.test/jelastic",
    regUrl: "http://platform.test/jelastic-reg",
    adminToken: "admin",
    currency: "USD",
    timeoutMs: 50,
    retries: 2,
    retryDelayMs: 1,
    fetch: fake.fetch,
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });
  return { jelastic, requests: fake.requests };
}

const fields = (request: FakeRequest | undefined) => Object.fromEntries(request?.form ?? []);

describe("changeLayerResources", () => {
  it("sends the whole topology to ChangeTopology with only the chosen layer changed", async () => {
    const { jelastic, requests } = setup(() => ({ json: changed }));
    await jelastic.changeLayerResources(SESSION, staging, change);
    expect(new URL(requests[0]?.url ?? "").pathname).toBe(
      "/jelastic/1.0/environment/control/rest/changetopology",
    );
    const sent = fields(requests[0]);
    expect(sent).toMatchObject({ envName: "bill-staging", session: SESSION });
    expect(JSON.parse(String(sent.env))).toMatchObject({
      shortdomain: "bill-staging",
      sslstate: false,
    });
    expect(JSON.parse(String(sent.nodes))).toEqual([
      {
        nodeGroup: "cp",
        nodeType: "nodejs",
        count: 2,
        fixedCloudlets: 2,
        flexibleCloudlets: 8,
        extip: true,
      },
      {
        nodeGroup: "sqldb",
        nodeType: "postgres",
        count: 1,
        fixedCloudlets: 2,
        flexibleCloudlets: 8,
        extip: false,
      },
    ]);
  });

  it("types quota refusals with their code and is never retried", async () => {
    const { jelastic, requests } = setup(() => ({ json: quota }));
    const error = await jelastic
      .changeLayerResources(SESSION, staging, change)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JelasticQuotaError);
    expect((error as JelasticQuotaError).code).toBe(2338);
    expect(requests).toHaveLength(1);
  });

  it("types billing refusals apart from quotas", async () => {
    const { jelastic } = setup(() => ({ json: balance }));
    await expect(jelastic.changeLayerResources(SESSION, staging, change)).rejects.toBeInstanceOf(
      JelasticBalanceError,
    );
  });

  it("another user's environment is not found", async () => {
    const { jelastic } = setup(() => ({ json: foreign }));
    await expect(jelastic.changeLayerResources(SESSION, staging, change)).rejects.toBeInstanceOf(
      JelasticNotFoundError,
    );
  });

  it("does not retry a timeout either: the change may have happened", async () => {
    const { jelastic, requests } = setup(() => ({ status: 503, text: "busy" }));
    await expect(jelastic.changeLayerResources(SESSION, staging, change)).rejects.toThrow();
    expect(requests).toHaveLength(1);
  });
});
