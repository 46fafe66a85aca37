import { describe, expect, it } from "vitest";
import accountTrial from "./__fixtures__/get-account-trial.json";
import accountFixture from "./__fixtures__/get-account.json";
import envsFixture from "./__fixtures__/get-envs.json";
import sessionExpired from "./__fixtures__/session-expired.json";
import signinFixture from "./__fixtures__/signin.json";
import { toJelasticForm } from "./encode";
import { accountSchema, getEnvsSchema, signInSchema } from "./schemas";
import {
  parsePlatformDate,
  readEnvelope,
  toAccount,
  toEnvironments,
  toEnvironmentStatus,
  toSignIn,
} from "./transform";
import { ENVIRONMENT_STATUSES } from "./types";

describe("platform envelope", () => {
  it("reads result codes and error text", () => {
    expect(readEnvelope(signinFixture)).toEqual({ kind: "success" });
    expect(readEnvelope(sessionExpired)).toMatchObject({ kind: "error", code: 702 });
    expect(readEnvelope({ result: "11" })).toEqual({
      kind: "error",
      code: 11,
      message: "platform error 11",
    });
    expect(readEnvelope({ session: "x" })).toEqual({ kind: "none" });
    expect(readEnvelope("<html>")).toEqual({ kind: "none" });
  });
});

describe("Signin", () => {
  it("maps the session and identity", () => {
    expect(toSignIn(signInSchema.parse(signinFixture), "billing@demo.test")).toEqual({
      session: "a4c9e1f0b7d24e55a1c3ff00c0ffee11",
      uid: 1002,
      email: "billing@demo.test",
      name: "Bill Billing",
    });
  });

  it("fills omitted (null) fields", () => {
    const raw = signInSchema.parse({ result: 0, session: "s", uid: "7" });
    expect(toSignIn(raw, "login@x.y")).toEqual({
      session: "s",
      uid: 7,
      email: "login@x.y",
      name: "",
    });
  });
});

describe("GetAccount", () => {
  it("maps float balances to exact minor units", () => {
    expect(toAccount(accountSchema.parse(accountFixture), "USD")).toEqual({
      uid: 1002,
      email: "billing@demo.test",
      balance: { amountMinor: 4250, currency: "USD" },
      bonus: { amountMinor: 320, currency: "USD" },
      group: "billing",
      groupType: "billing",
      status: "1",
    });
  });

  it("normalises group types and rounds float noise", () => {
    const trial = toAccount(accountSchema.parse(accountTrial), "EUR");
    expect(trial).toMatchObject({
      groupType: "trial",
      balance: { amountMinor: 0, currency: "EUR" },
      bonus: { amountMinor: 500, currency: "EUR" },
    });
    const odd = toAccount(accountSchema.parse({ result: 0, uid: 1, groupType: "reseller" }), "USD");
    expect(odd).toMatchObject({ groupType: "unknown", group: "", balance: { amountMinor: 0 } });
    for (const type of ["beta", "post", "billing"]) {
      expect(toAccount(accountSchema.parse({ uid: 1, groupType: type }), "USD").groupType).toBe(
        type,
      );
    }
  });
});

describe("GetEnvs", () => {
  const envs = toEnvironments(getEnvsSchema.parse(envsFixture));

  it("maps the documented GetEnvInfo sample", () => {
    expect(envs[0]).toEqual({
      name: "local-sha-master-0954606",
      displayName: "local-sha-master-0954606",
      domain: "local-sha-master-0954606.hidora.com",
      status: "running",
      region: "new",
      createdAt: new Date("2021-08-19T14:51:37Z"),
      sslEnabled: false,
      nodes: [
        {
          id: 89876,
          nodeGroup: "docker",
          nodeType: "docker",
          fixedCloudlets: 0,
          flexibleCloudlets: 4,
          publicIps: [],
        },
      ],
      extDomains: [],
    });
  });

  it("maps display names, public IPs, ext domains and string numbers", () => {
    expect(envs[1]).toMatchObject({
      name: "shop",
      displayName: "Web shop",
      status: "sleeping",
      region: "eu-1",
      sslEnabled: true,
      extDomains: ["www.shop.example", "shop.example"],
      nodes: [
        {
          id: 301,
          nodeGroup: "cp",
          nodeType: "tomcat9",
          displayName: "App server",
          fixedCloudlets: 2,
          flexibleCloudlets: 8,
          count: 2,
          publicIps: ["203.0.113.10"],
        },
        { id: 302, nodeGroup: "sqldb", fixedCloudlets: 4, flexibleCloudlets: 16, publicIps: [] },
      ],
    });
  });

  it("survives a minimal env and unknown status codes", () => {
    expect(envs[2]).toEqual({
      name: "legacy",
      displayName: "legacy",
      domain: "",
      status: "unknown",
      region: "",
      createdAt: null,
      sslEnabled: false,
      nodes: [],
      extDomains: [],
    });
  });

  it("treats missing infos as no environments and requires an env name", () => {
    expect(toEnvironments(getEnvsSchema.parse({ result: 0 }))).toEqual([]);
    expect(getEnvsSchema.safeParse({ infos: [{ env: { status: 1 } }] }).success).toBe(false);
  });

  it("maps every documented status code", () => {
    const codes = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 1001, 1002];
    const mapped = codes.map(toEnvironmentStatus);
    expect(new Set(mapped)).toEqual(new Set(ENVIRONMENT_STATUSES));
    expect(mapped.slice(1, 5)).toEqual(["running", "stopped", "launching", "sleeping"]);
    expect(toEnvironmentStatus(14)).toBe("going_to_sleep");
    expect(toEnvironmentStatus(8)).toBe("unknown");
    expect(toEnvironmentStatus(null)).toBe("unknown");
  });

  it("parses platform dates leniently", () => {
    expect(parsePlatformDate("2025-11-02 08:00:00")).toEqual(new Date("2025-11-02T08:00:00Z"));
    expect(parsePlatformDate("yesterday")).toBeNull();
    expect(parsePlatformDate(undefined)).toBeNull();
  });
});

describe("toJelasticForm", () => {
  it("sends objects as JSON strings and booleans as words", () => {
    const form = toJelasticForm({
      envName: "shop",
      settings: { sslstate: true },
      nodes: [{ nodeType: "tomcat9", count: 1 }],
      lazy: false,
      count: 2,
      skip: undefined,
      none: null,
    });
    expect([...form.entries()]).toEqual([
      ["envName", "shop"],
      ["settings", '{"sslstate":true}'],
      ["nodes", '[{"nodeType":"tomcat9","count":1}]'],
      ["lazy", "false"],
      ["count", "2"],
    ]);
  });
});
