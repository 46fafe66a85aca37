import { describe, expect, it } from "vitest";
import { createLogger, UpstreamError } from "@/lib/http";
import { captureLogs, fakeFetch, type FakeReply, type FakeRequest } from "@/lib/http/testing";
import authLink from "./__fixtures__/generate-auth-link.json";
import accountFixture from "./__fixtures__/get-account.json";
import envsFixture from "./__fixtures__/get-envs.json";
import userInfo from "./__fixtures__/get-user-info.json";
import sessionExpired from "./__fixtures__/session-expired.json";
import adminSession from "./__fixtures__/signin-as-client.json";
import signinInvalid from "./__fixtures__/signin-invalid.json";
import signinFixture from "./__fixtures__/signin.json";
import signout from "./__fixtures__/signout.json";
import { DEFAULT_APP_ID } from "./client";
import {
  JelasticApiError,
  JelasticInvalidCredentialsError,
  JelasticNotFoundError,
  JelasticPermissionError,
  JelasticQuotaError,
  JelasticSessionExpiredError,
} from "./errors";
import { createJelasticClient } from "./index";

const ADMIN = "sandbox_platform_admin_token";
const SESSION = signinFixture.session;

function setup(reply: (request: FakeRequest, index: number) => FakeReply, appId?: string) {
  const fake = fakeFetch(reply);
  const logs = captureLogs();
  const jelastic = createJelasticClient({
    baseUrl: "http://platform.test/jelastic/",
    regUrl: "http://platform.test/jelastic-reg",
    adminToken: ADMIN,
    currency: "usd",
    appId,
    timeoutMs: 50,
    retries: 2,
    retryDelayMs: 1,
    fetch: fake.fetch,
    logger: createLogger({ level: "debug", write: logs.write }),
  });
  return { jelastic, requests: fake.requests, logs };
}

const fields = (request: FakeRequest | undefined) => Object.fromEntries(request?.form ?? []);

describe("platform transport", () => {
  it("signs in with a form POST to the lower-case REST path", async () => {
    const { jelastic, requests } = setup(() => ({ json: signinFixture }));
    const result = await jelastic.signIn("billing@demo.test", "Billing-demo-2026");
    expect(result).toEqual({
      session: SESSION,
      uid: 1002,
      email: "billing@demo.test",
      name: "Bill Billing",
    });
    expect(requests[0]?.url).toBe(
      "http://platform.test/jelastic/1.0/users/authentication/rest/signin",
    );
    expect(fields(requests[0])).toEqual({
      login: "billing@demo.test",
      password: "Billing-demo-2026",
      appid: DEFAULT_APP_ID,
    });
  });

  it("sends the session and a configured appid on user calls", async () => {
    const { jelastic, requests } = setup(() => ({ json: userInfo }), "cluster");
    expect(await jelastic.getUserInfo(SESSION)).toEqual({
      uid: 1001,
      email: "trial@demo.test",
      name: "Tess Trial",
      status: "1",
    });
    expect(requests[0]?.url).toMatch(/\/1\.0\/users\/account\/rest\/getuserinfo$/);
    expect(fields(requests[0])).toEqual({ appid: "cluster", session: SESSION });
  });

  it.each([
    [702, JelasticSessionExpiredError],
    [701, JelasticInvalidCredentialsError],
    [703, JelasticInvalidCredentialsError],
    [707, JelasticInvalidCredentialsError],
    [5, JelasticNotFoundError],
    [11, JelasticNotFoundError],
    [901, JelasticNotFoundError],
    [2338, JelasticQuotaError],
    [2360, JelasticQuotaError],
    [2361, JelasticQuotaError],
    [2365, JelasticQuotaError],
    [2366, JelasticQuotaError],
    [2372, JelasticQuotaError],
    [8202, JelasticPermissionError],
  ])("maps result %i to %o", async (code, ErrorClass) => {
    const { jelastic } = setup(() => ({ json: { result: code, error: `failure ${code}` } }));
    const error = await jelastic.getAccount(SESSION).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(JelasticApiError);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      kind: "business",
      code,
      service: "jelastic",
      action: "billing/account/getaccount",
      message: `failure ${code}`,
    });
  });

  it("keeps other codes as a plain JelasticApiError with the code", async () => {
    const { jelastic } = setup(() => ({ json: { result: 99, error: "unknown error" } }));
    const error = await jelastic.getEnvs(SESSION).catch((e: unknown) => e);
    expect(error?.constructor).toBe(JelasticApiError);
    expect(error).toMatchObject({ code: 99 });
  });

  it("maps a wrong password on sign-in, without retrying", async () => {
    const { jelastic, requests } = setup(() => ({ json: signinInvalid }));
    await expect(jelastic.signIn("a@b.c", "nope")).rejects.toBeInstanceOf(
      JelasticInvalidCredentialsError,
    );
    expect(requests).toHaveLength(1);
  });

  it("surfaces HTTP 500 as unavailable and never retries sign-in", async () => {
    const { jelastic, requests } = setup(() => ({ status: 500, text: "Internal Server Error" }));
    await expect(jelastic.signIn("a@b.c", "pw")).rejects.toMatchObject({
      kind: "unavailable",
      status: 500,
    });
    expect(requests).toHaveLength(1);
  });

  it("retries reads on timeouts and 5xx", async () => {
    const { jelastic, requests } = setup((_r, i) =>
      i === 0 ? "hang" : i === 1 ? { status: 502, text: "bad gateway" } : { json: envsFixture },
    );
    expect(await jelastic.getEnvs(SESSION)).toHaveLength(3);
    expect(requests).toHaveLength(3);
  });

  it("gives up with kind 'timeout' after one retry of a hanging read", async () => {
    const { jelastic, requests } = setup(() => "hang");
    await expect(jelastic.getAccount(SESSION)).rejects.toMatchObject({ kind: "timeout" });
    expect(requests).toHaveLength(2);
  });

  it("turns HTML and envelope-less JSON into bad_response", async () => {
    const html = setup(() => ({ text: "<!doctype html><title>502</title>" }));
    await expect(html.jelastic.getAccount(SESSION)).rejects.toMatchObject({ kind: "bad_response" });
    const bare = setup(() => ({ json: { balance: 1 } }));
    await expect(bare.jelastic.getAccount(SESSION)).rejects.toMatchObject({ kind: "bad_response" });
    expect(bare.requests).toHaveLength(1);
  });
});

describe("platform actions", () => {
  it("getAccount maps the balance in the configured currency", async () => {
    const { jelastic } = setup(() => ({ json: accountFixture }));
    expect(await jelastic.getAccount(SESSION)).toMatchObject({
      balance: { amountMinor: 4250, currency: "USD" },
      groupType: "billing",
    });
  });

  it("adminSessionFor acts with the admin token as session", async () => {
    const { jelastic, requests } = setup(() => ({ json: adminSession }));
    expect(await jelastic.adminSessionFor("trial@demo.test")).toBe(adminSession.session);
    expect(requests[0]?.url).toMatch(/\/1\.0\/system\/admin\/rest\/signinasclient$/);
    expect(fields(requests[0])).toMatchObject({ login: "trial@demo.test", session: ADMIN });
  });

  it("createLoginLink asks the registration host", async () => {
    const { jelastic, requests } = setup(() => ({ json: authLink }));
    expect(await jelastic.createLoginLink("billing@demo.test")).toBe(authLink.link);
    expect(requests[0]?.url).toBe("http://platform.test/jelastic-reg/GenerateAuthLink");
    expect(fields(requests[0])).toEqual({ email: "billing@demo.test", session: ADMIN });
  });

  it("signOut resolves on the bare envelope and is not retried", async () => {
    const ok = setup(() => ({ json: signout }));
    await expect(ok.jelastic.signOut(SESSION)).resolves.toBeUndefined();
    expect(ok.requests[0]?.url).toMatch(/\/users\/authentication\/rest\/signout$/);
    const down = setup(() => ({ status: 503, text: "" }));
    await expect(down.jelastic.signOut(SESSION)).rejects.toMatchObject({ kind: "unavailable" });
    expect(down.requests).toHaveLength(1);
  });
});

describe("platform logging", () => {
  it("never logs sessions, passwords, the admin token or login links", async () => {
    const replies: FakeReply[] = [
      { json: signinFixture },
      { json: sessionExpired },
      { json: adminSession },
      { json: authLink },
    ];
    const { jelastic, logs } = setup((_r, i) => replies[i] ?? "hang");
    await jelastic.signIn("billing@demo.test", "Billing-demo-2026");
    const error = await jelastic.getAccount(SESSION).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JelasticSessionExpiredError);
    expect((error as Error).message).not.toContain(SESSION);
    expect((error as Error).message).toContain("[redacted]");
    await jelastic.adminSessionFor("trial@demo.test");
    await jelastic.createLoginLink("billing@demo.test");
    const text = logs.text();
    expect(logs.lines.length).toBeGreaterThan(6);
    for (const secret of [
      SESSION,
      "Billing-demo-2026",
      ADMIN,
      adminSession.session,
      "0123456789abcdef",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('"code":702');
  });
});
