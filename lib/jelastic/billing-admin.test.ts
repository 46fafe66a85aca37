import { describe, expect, it } from "vitest";
import { silentLogger } from "@/lib/http";
import { fakeFetch, type FakeReply, type FakeRequest } from "@/lib/http/testing";
import { createJelasticClient } from "./index";

function setup(reply: (request: FakeRequest) => FakeReply) {
  const fake = fakeFetch(reply);
  const jelastic = createJelasticClient({
    baseUrl: "http://platform.test",
    regUrl: "http://reg.test",
    adminToken: "admin-token",
    currency: "USD",
    timeoutMs: 50,
    retries: 2,
    retryDelayMs: 1,
    fetch: fake.fetch,
    logger: silentLogger,
  });
  return { jelastic, requests: fake.requests };
}

const fields = (request: FakeRequest | undefined) => Object.fromEntries(request?.form ?? []);

describe("platform admin billing calls", () => {
  it("funds the main balance with the admin token and the attempt's note, once", async () => {
    const { jelastic, requests } = setup(() => ({ status: 503, text: "down" }));
    await expect(
      jelastic.fundAccount({
        uid: 1002,
        amount: { amountMinor: 1_050, currency: "USD" },
        note: "portal-payment:abc",
      }),
    ).rejects.toMatchObject({ kind: "unavailable" });
    // A lost FundAccount answer is never blindly repeated: the saga checks the history first.
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe("http://platform.test/1.0/billing/account/rest/fundaccount");
    expect(fields(requests[0])).toMatchObject({
      uid: "1002",
      amount: "10.50",
      isBonus: "false",
      note: "portal-payment:abc",
      session: "admin-token",
    });
  });

  it("refuses to fund in a currency the platform does not bill in", () => {
    const { jelastic } = setup(() => ({ json: { result: 0 } }));
    expect(() =>
      jelastic.fundAccount({ uid: 1, amount: { amountMinor: 100, currency: "EUR" }, note: "x" }),
    ).toThrow(RangeError);
  });

  it("reads the fund history with notes and exact amounts", async () => {
    const { jelastic, requests } = setup(() => ({
      json: {
        result: 0,
        array: [
          {
            amount: 10.1,
            note: "portal-payment:abc",
            isBonus: false,
            operationDate: "2026-11-30 02:00:01",
          },
        ],
      },
    }));
    const rows = await jelastic.getFundHistory({
      uid: 1002,
      from: new Date("2026-11-29T00:00:00Z"),
      to: new Date("2026-12-01T00:00:00Z"),
    });
    expect(rows).toEqual([
      {
        amount: { amountMinor: 1_010, currency: "USD" },
        note: "portal-payment:abc",
        isBonus: false,
        at: new Date("2026-11-30T02:00:01Z"),
      },
    ]);
    expect(fields(requests[0])).toMatchObject({
      startTime: "2026-11-29 00:00:00",
      endTime: "2026-12-01 00:00:00",
    });
  });
});
