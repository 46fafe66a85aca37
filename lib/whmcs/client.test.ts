import { describe, expect, it } from "vitest";
import { createLogger, UpstreamError } from "@/lib/http";
import { captureLogs, fakeFetch, type FakeReply, type FakeRequest } from "@/lib/http/testing";
import authFailed from "./__fixtures__/authentication-failed.json";
import ssoFixture from "./__fixtures__/create-sso-token.json";
import notFound from "./__fixtures__/get-clients-details-not-found.json";
import detailsFixture from "./__fixtures__/get-clients-details.json";
import invoicesFixture from "./__fixtures__/get-invoices.json";
import usersFixture from "./__fixtures__/get-users.json";
import statusError from "./__fixtures__/status-envelope-error.json";
import loginInvalid from "./__fixtures__/validate-login-invalid.json";
import loginFixture from "./__fixtures__/validate-login.json";
import { WhmcsAuthError, WhmcsError, WhmcsNotFoundError } from "./errors";
import { createWhmcsClient } from "./index";

const credentials = {
  identifier: "sandbox_whmcs_identifier",
  secret: "sandbox_whmcs_secret",
  accessKey: "sandbox_access_key!",
};

function setup(reply: (request: FakeRequest, index: number) => FakeReply) {
  const fake = fakeFetch(reply);
  const logs = captureLogs();
  const whmcs = createWhmcsClient({
    baseUrl: "http://whmcs.test/billing/",
    ...credentials,
    timeoutMs: 50,
    retries: 2,
    retryDelayMs: 1,
    fetch: fake.fetch,
    logger: createLogger({ level: "debug", write: logs.write }),
  });
  return { whmcs, requests: fake.requests, logs };
}

const fields = (request: FakeRequest | undefined) => Object.fromEntries(request?.form ?? []);

describe("WHMCS transport", () => {
  it("posts the action with credentials to includes/api.php", async () => {
    const { whmcs, requests } = setup(() => ({ json: detailsFixture }));
    await whmcs.getClientsDetails({ clientId: 501 });
    expect(requests[0]?.url).toBe("http://whmcs.test/billing/includes/api.php");
    expect(fields(requests[0])).toEqual({
      clientid: "501",
      action: "GetClientsDetails",
      identifier: "sandbox_whmcs_identifier",
      secret: "sandbox_whmcs_secret",
      accesskey: "sandbox_access_key!",
      responsetype: "json",
    });
  });

  it("turns an HTML page with HTTP 200 into bad_response", async () => {
    const { whmcs } = setup(() => ({ text: "<html>oops</html>" }));
    await expect(whmcs.getClientsDetails({ clientId: 501 })).rejects.toMatchObject({
      kind: "bad_response",
      service: "whmcs",
      action: "GetClientsDetails",
    });
  });

  it("rejects JSON without an envelope, or of the wrong shape, as bad_response", async () => {
    const missing = setup(() => ({ json: { client: {} } }));
    await expect(missing.whmcs.getClientsDetails({ clientId: 1 })).rejects.toMatchObject({
      kind: "bad_response",
    });
    const wrong = setup(() => ({ json: { result: "success", users: [{ id: "x" }] } }));
    const error = await wrong.whmcs.getUsers({ search: "a" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "bad_response" });
    expect((error as Error).message).toContain("users.0.id");
  });

  it("reads the error envelope even on HTTP 403", async () => {
    const { whmcs } = setup(() => ({
      status: 403,
      json: { result: "error", message: "Invalid IP 10.0.0.1" },
    }));
    const error = await whmcs.getClients().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WhmcsAuthError);
    expect(error).toMatchObject({ kind: "business", status: 403, code: "auth" });
  });

  it("classifies auth, permission and generic business errors", async () => {
    const auth = setup(() => ({ json: authFailed }));
    await expect(auth.whmcs.getClients()).rejects.toBeInstanceOf(WhmcsAuthError);
    const permission = setup(() => ({ json: statusError }));
    await expect(permission.whmcs.getInvoices({ clientId: 1 })).rejects.toBeInstanceOf(
      WhmcsAuthError,
    );
    const other = setup(() => ({ json: { result: "error", message: "Something else" } }));
    const error = await other.whmcs.getClients().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WhmcsError);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: "rejected", message: "Something else" });
  });

  it("retries reads on 5xx and timeouts", async () => {
    const flaky = setup((_r, i) =>
      i === 0 ? { status: 503, text: "busy" } : i === 1 ? "hang" : { json: usersFixture },
    );
    expect(await flaky.whmcs.getUsers({ search: "billing@demo.test" })).toHaveLength(2);
    expect(flaky.requests).toHaveLength(3);
  });

  it("does not retry a business error", async () => {
    const { whmcs, requests } = setup(() => ({ json: { result: "error", message: "Oops" } }));
    await expect(whmcs.getInvoices({ clientId: 1 })).rejects.toBeInstanceOf(WhmcsError);
    expect(requests).toHaveLength(1);
  });

  it("never retries logins or SSO tokens", async () => {
    const login = setup(() => ({ status: 503, text: "busy" }));
    await expect(login.whmcs.validateLogin("a@b.c", "pw")).rejects.toMatchObject({
      kind: "unavailable",
    });
    expect(login.requests).toHaveLength(1);
    const sso = setup(() => "hang");
    await expect(sso.whmcs.createSsoToken({ clientId: 501 })).rejects.toMatchObject({
      kind: "timeout",
    });
    expect(sso.requests).toHaveLength(1);
  });
});

describe("WHMCS actions", () => {
  it("validateLogin returns the user id, or null for wrong credentials", async () => {
    const ok = setup(() => ({ json: loginFixture }));
    expect(await ok.whmcs.validateLogin("billing@demo.test", "Billing-demo-2026")).toEqual({
      userId: 601,
    });
    expect(fields(ok.requests[0])).toMatchObject({
      action: "ValidateLogin",
      email: "billing@demo.test",
      password2: "Billing-demo-2026",
    });
    const bad = setup(() => ({ json: loginInvalid }));
    expect(await bad.whmcs.validateLogin("billing@demo.test", "wrong")).toBeNull();
  });

  it("validateLogin still throws when the API credential is refused", async () => {
    const { whmcs } = setup(() => ({ json: authFailed }));
    await expect(whmcs.validateLogin("a@b.c", "pw")).rejects.toBeInstanceOf(WhmcsAuthError);
  });

  it("getClientsDetails looks up by email and returns null when not found", async () => {
    const { whmcs, requests } = setup(() => ({ json: notFound }));
    expect(await whmcs.getClientsDetails({ email: "nobody@demo.test" })).toBeNull();
    expect(fields(requests[0])).toMatchObject({ email: "nobody@demo.test" });
    expect(fields(requests[0])).not.toHaveProperty("clientid");
  });

  it("getInvoices sends the filter and paging, and maps the page", async () => {
    const { whmcs, requests } = setup(() => ({ json: invoicesFixture }));
    const page = await whmcs.getInvoices({ clientId: 501, status: "Unpaid", offset: 0, limit: 10 });
    expect(page.total).toBe(4);
    expect(page.invoices[0]).toMatchObject({ id: 7003, status: "unpaid" });
    expect(fields(requests[0])).toMatchObject({
      action: "GetInvoices",
      userid: "501",
      status: "Unpaid",
      limitstart: "0",
      limitnum: "10",
    });
  });

  it("createSsoToken returns the redirect URL", async () => {
    const { whmcs, requests } = setup(() => ({ json: ssoFixture }));
    const result = await whmcs.createSsoToken({
      clientId: 501,
      redirectPath: "viewinvoice.php?id=7",
    });
    expect(result).toEqual({ redirectUrl: ssoFixture.redirect_url });
    expect(fields(requests[0])).toMatchObject({
      client_id: "501",
      destination: "sso:custom_redirect",
      sso_redirect_path: "viewinvoice.php?id=7",
    });
  });

  it("getUsers and getClients map their lists", async () => {
    const users = setup(() => ({ json: usersFixture }));
    expect((await users.whmcs.getUsers({ search: "billing" }))[0]?.clients).toContainEqual({
      id: 501,
      isOwner: true,
    });
    const none = setup(() => ({ json: { result: "success", totalresults: 0, clients: "" } }));
    expect(await none.whmcs.getClients({ search: "zzz" })).toEqual({ total: 0, clients: [] });
  });

  it("a not-found on a list action is a WhmcsNotFoundError", async () => {
    const { whmcs } = setup(() => ({ json: { result: "error", message: "Invoice ID Not Found" } }));
    await expect(whmcs.getInvoices({ clientId: 1 })).rejects.toBeInstanceOf(WhmcsNotFoundError);
  });
});

describe("WHMCS logging", () => {
  it("never logs credentials, passwords or SSO tokens", async () => {
    const replies: FakeReply[] = [
      { json: loginFixture },
      { json: ssoFixture },
      { status: 500, text: "down" },
      { json: { result: "error", message: "Bad secret sandbox_whmcs_secret given" } },
    ];
    const { whmcs, logs } = setup((_r, i) => replies[Math.min(i, 3)] ?? "hang");
    await whmcs.validateLogin("billing@demo.test", "Billing-demo-2026");
    await whmcs.createSsoToken({ clientId: 501 });
    const error = await whmcs.getClients().catch((e: unknown) => e);
    expect((error as Error).message).not.toContain("sandbox_whmcs_secret");
    const text = logs.text();
    expect(logs.lines.length).toBeGreaterThan(4);
    for (const secret of [
      "sandbox_whmcs_identifier",
      "sandbox_whmcs_secret",
      "sandbox_access_key!",
      "Billing-demo-2026",
      ssoFixture.access_token,
      loginFixture.passwordhash,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('"action":"ValidateLogin"');
  });
});
