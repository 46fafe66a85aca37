import { describe, expect, it } from "vitest";
import { fakeFetch, type FakeReply, type FakeRequest } from "@/lib/http/testing";
import history from "./__fixtures__/get-billing-history.json";
import sessionExpired from "./__fixtures__/session-expired.json";
import { JelasticSessionExpiredError } from "./errors";
import { createJelasticClient } from "./index";

const silent = { debug() {}, info() {}, warn() {}, error() {} };

function setup(reply: (request: FakeRequest, index: number) => FakeReply) {
  const fake = fakeFetch(reply);
  const jelastic = createJelasticClient({
    baseUrl: "http://platform.test/jelastic",
    regUrl: "http://platform.test/jelastic-reg",
    adminToken: "admin",
    currency: "USD",
    timeoutMs: 50,
    retries: 1,
    retryDelayMs: 1,
    fetch: fake.fetch,
    logger: silent,
  });
  return { jelastic, requests: fake.requests };
}

const query = {
  start: new Date("2026-11-01T00:00:00Z"),
  end: new Date("2026-12-01T00:00:00Z"),
  period: "DAY" as const,
};

describe("billing history", () => {
  it("asks the platform to aggregate per period, in UTC, one row per environment", async () => {
    const { jelastic, requests } = setup(() => ({ json: history }));
    await jelastic.getBillingHistory("s1", { ...query, appid: "0c5e2b1f4c9d4d2a9f0e6a7b8c9d0e1f" });
    expect(requests[0]?.url).toBe(
      "http://platform.test/jelastic/1.0/billing/account/rest/getaccountbillinghistorybyperiod",
    );
    expect(Object.fromEntries(requests[0]?.form ?? [])).toMatchObject({
      session: "s1",
      startTime: "2026-11-01 00:00:00",
      endTime: "2026-12-01 00:00:00",
      period: "DAY",
      timeOffset: "0",
      groupNodes: "true",
      targetAppid: "0c5e2b1f4c9d4d2a9f0e6a7b8c9d0e1f",
    });
  });

  it("maps rows to exact charge units with bonus and per-resource parts", async () => {
    const { jelastic } = setup(() => ({ json: history }));
    const rows = await jelastic.getBillingHistory("s1", query);
    expect(rows).toEqual([
      {
        periodStart: "2026-11-01T00:00:00.000Z",
        appid: "0c5e2b1f4c9d4d2a9f0e6a7b8c9d0e1f",
        envName: "bill-shop",
        displayName: "Shop (production)",
        total: 2_643_700,
        bonus: 500_000,
        resources: {
          cloudletsReserved: 1_008_000,
          cloudletsDynamic: 1_152_100,
          storage: 96_000,
          publicIp: 120_000,
          ssl: 48_000,
          traffic: 219_600,
        },
      },
      {
        periodStart: "2026-11-01T00:00:00.000Z",
        appid: "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d",
        envName: "bill-wiki",
        displayName: null,
        total: 300_000,
        bonus: 0,
        resources: {},
      },
    ]);
  });

  it("treats a missing array as no charges and an expired session as 702", async () => {
    const empty = setup(() => ({ json: { result: 0 } }));
    expect(await empty.jelastic.getBillingHistory("s1", query)).toEqual([]);
    const expired = setup(() => ({ json: sessionExpired }));
    await expect(expired.jelastic.getBillingHistory("s1", query)).rejects.toBeInstanceOf(
      JelasticSessionExpiredError,
    );
  });

  it("refuses a row without a cost", async () => {
    const { jelastic } = setup(() => ({
      json: { result: 0, array: [{ dateTime: "2026-11-01 00:00:00", envName: "x" }] },
    }));
    await expect(jelastic.getBillingHistory("s1", query)).rejects.toThrow();
  });
});
