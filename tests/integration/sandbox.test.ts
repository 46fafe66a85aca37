import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nodemailer from "nodemailer";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { demoUsers } from "@/sandbox/demo-users";
import { startSandbox } from "@/sandbox/server";

/** The sandbox over real HTTP/SMTP: wire formats, codes, faults, persistence (CONTRACTS.md). */
type Obj = Record<string, unknown>;
type Invoice = Obj & { id: number; status: string };

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let dataDir: string;
const CREDS = { identifier: "sandbox_whmcs_identifier", secret: "sandbox_whmcs_secret" };
const ADMIN = "sandbox_platform_admin_token";

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "sandbox-test-"));
  sandbox = await startSandbox({ port: 0, smtpPort: 0, dataDir, quiet: true });
});

afterEach(async () => {
  await fetch(`${sandbox.url}/_control/faults`, { method: "DELETE" });
});

afterAll(async () => {
  await sandbox.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function whmcs(params: Record<string, string>, auth: Record<string, string> = CREDS) {
  const response = await fetch(`${sandbox.url}/whmcs/includes/api.php`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...auth, responsetype: "json", ...params }),
  });
  const raw = await response.text();
  return { status: response.status, raw, body: JSON.parse(raw) as Obj };
}

async function platform(
  path: string,
  params: Record<string, string> = {},
  method: "GET" | "POST" = "POST",
) {
  const query = new URLSearchParams(params);
  const response =
    method === "GET"
      ? await fetch(`${sandbox.url}/jelastic/1.0/${path}?${query}`)
      : await fetch(`${sandbox.url}/jelastic/1.0/${path}`, { method: "POST", body: query });
  const raw = await response.text();
  const json = response.headers.get("content-type")?.includes("json") ?? false;
  return { status: response.status, raw, body: (json ? JSON.parse(raw) : {}) as Obj };
}

async function control(path: string, body?: unknown, method = "POST") {
  const response = await fetch(`${sandbox.url}/_control/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function signIn(email: string, password: string): Promise<string> {
  const { body } = await platform("users/authentication/rest/signin", { login: email, password });
  expect(body.result).toBe(0);
  return body.session as string;
}

describe("WHMCS API", () => {
  it("refuses bad API credentials with the WHMCS messages", async () => {
    const wrongSecret = await whmcs({ action: "GetClients" }, { ...CREDS, secret: "nope" });
    expect(wrongSecret.status).toBe(403);
    expect(wrongSecret.body).toEqual({ result: "error", message: "Authentication Failed" });
    const unknownId = await whmcs({ action: "GetClients" }, { identifier: "who", secret: "x" });
    expect(unknownId.body).toEqual({ result: "error", message: "Invalid or missing credentials" });
    const missing = await whmcs({ action: "GetClients" }, {});
    expect(missing.body.message).toBe("Authentication Failed");
    const alias = await whmcs(
      { action: "GetClients" },
      { username: CREDS.identifier, password: CREDS.secret },
    );
    expect(alias.body.result).toBe("success");
  });

  it("matches actions case-insensitively, accepts GET, and reports unknown or empty actions", async () => {
    expect((await whmcs({ action: "getclients" })).body.result).toBe("success");
    const query = new URLSearchParams({ ...CREDS, action: "GetClients", responsetype: "json" });
    expect(
      ((await (await fetch(`${sandbox.url}/whmcs/includes/api.php?${query}`)).json()) as Obj)
        .result,
    ).toBe("success");
    expect((await whmcs({ action: "GetTodoList" })).body).toEqual({
      result: "error",
      message: "Command Not Found",
    });
    const empty = await whmcs({});
    expect([empty.status, empty.body.message]).toEqual([400, "Empty action request"]);
  });

  it("ValidateLogin returns the user id for the right password only", async () => {
    const ok = await whmcs({
      action: "ValidateLogin",
      email: "Billing@Demo.test",
      password2: demoUsers.billing.password,
    });
    expect(ok.body).toMatchObject({ result: "success", userid: "601", twoFactorEnabled: "false" });
    expect(ok.body.passwordhash).toMatch(/^[0-9a-f]{40}$/);
    const wrong = await whmcs({
      action: "ValidateLogin",
      email: demoUsers.billing.email,
      password2: "wrong",
    });
    expect([wrong.status, wrong.body]).toEqual([
      200,
      { result: "error", message: "Email or Password Invalid" },
    ]);
  });

  it("GetUsers returns a plain users array with client links", async () => {
    const { body } = await whmcs({ action: "GetUsers", search: demoUsers.billing.email });
    expect(body).toMatchObject({ totalresults: 1, startnumber: 0, numreturned: 1 });
    expect(body.users).toEqual([
      expect.objectContaining({
        id: 601,
        email: demoUsers.billing.email,
        clients: [{ id: 501, isOwner: true }],
      }),
    ]);
    const invited = await whmcs({ action: "GetUsers", search: "anna@" });
    expect((invited.body.users as Obj[])[0]?.clients).toEqual([{ id: 501, isOwner: false }]);
  });

  it("GetClientsDetails has the WHMCS 8 shape, string money and legacy top-level fields", async () => {
    const { body, raw } = await whmcs({ action: "GetClientsDetails", clientid: "501", stats: "1" });
    const client = body.client as Obj;
    expect(client).toMatchObject({
      id: 501,
      email: demoUsers.billing.email,
      credit: "12.00",
      currency_code: "USD",
      countrycode: "DE",
    });
    expect(client.users).toEqual({
      user: expect.arrayContaining([
        { id: 601, name: "Bill Billing", email: demoUsers.billing.email, is_owner: true },
      ]),
    });
    expect(body).toMatchObject({
      email: demoUsers.billing.email,
      credit: "12.00",
      stats: expect.objectContaining({ numunpaidinvoices: 1, creditbalance: "$12.00 USD" }),
    });
    expect(raw).toContain("Date: 20\\/11\\/2026"); // PHP's json_encode escapes slashes
    const byEmail = await whmcs({ action: "GetClientsDetails", email: demoUsers.whmcsOnly.email });
    expect(byEmail.body.client).toMatchObject({
      id: 502,
      fullname: "Wanda Whmcs",
      credit: "7.25",
      countrycode: "US",
    });
    expect((await whmcs({ action: "GetClientsDetails", email: "nobody@demo.test" })).body).toEqual({
      result: "error",
      message: "Client Not Found",
    });
    expect((await whmcs({ action: "GetClientsDetails" })).body.message).toBe(
      "Either clientid Or email Is Required",
    );
  });

  it("GetClients returns a wrapped, paginated, searchable list", async () => {
    const { body } = await whmcs({ action: "GetClients", limitstart: "1", limitnum: "2" });
    expect(body).toMatchObject({ totalresults: 10, startnumber: 1, numreturned: 2 });
    expect((body.clients as { client: Obj[] }).client.map((c) => c.id)).toEqual([502, 503]);
    const search = await whmcs({ action: "GetClients", search: "acme" });
    expect((search.body.clients as { client: Obj[] }).client).toEqual([
      expect.objectContaining({ id: 504, companyname: "Acme Widgets Ltd" }),
    ]);
  });

  it("GetInvoices lists one client's invoices, filters by status, and has the empty quirk", async () => {
    const all = await whmcs({ action: "GetInvoices", userid: "501" });
    const list = (all.body.invoices as { invoice: Invoice[] }).invoice;
    expect(all.body.totalresults).toBe(4);
    expect(list.map((i) => i.status).sort()).toEqual(["Cancelled", "Paid", "Refunded", "Unpaid"]);
    expect(list.every((i) => i.userid === 501)).toBe(true);
    const unpaid = await whmcs({ action: "GetInvoices", userid: "501", status: "Unpaid" });
    expect((unpaid.body.invoices as { invoice: Invoice[] }).invoice).toEqual([
      expect.objectContaining({
        id: 3102,
        subtotal: "31.00",
        tax: "5.89",
        total: "36.89",
        taxrate: "19.000",
        datepaid: "0000-00-00 00:00:00",
        currencycode: "USD",
      }),
    ]);
    const sorted = await whmcs({
      action: "GetInvoices",
      userid: "501",
      orderby: "date",
      order: "asc",
      limitnum: "2",
    });
    expect((sorted.body.invoices as { invoice: Invoice[] }).invoice.map((i) => i.id)).toEqual([
      3104, 3101,
    ]);
    const none = await whmcs({ action: "GetInvoices", userid: "504" });
    expect(none.body).toEqual({
      result: "success",
      totalresults: 0,
      startnumber: 0,
      numreturned: 0,
      invoices: [],
    });
  });

  it("GetInvoice returns items and transactions ('' when there are none)", async () => {
    const unpaid = await whmcs({ action: "GetInvoice", invoiceid: "3102" });
    expect(unpaid.body).toMatchObject({
      invoiceid: 3102,
      userid: 501,
      balance: "36.89",
      status: "Unpaid",
      transactions: "",
    });
    expect((unpaid.body.items as { item: Obj[] }).item).toHaveLength(2);
    const refunded = await whmcs({ action: "GetInvoice", invoiceid: "3104" });
    expect((refunded.body.transactions as { transaction: Obj[] }).transaction).toEqual([
      expect.objectContaining({ amountin: "23.80", refundid: 0 }),
      expect.objectContaining({ amountout: "23.80", refundid: 9102 }),
    ]);
    expect((await whmcs({ action: "GetInvoice", invoiceid: "9999" })).body.message).toBe(
      "Invoice ID Not Found",
    );
  });

  it("CreateSsoToken mints a one-time link to the client area landing page", async () => {
    const { body } = await whmcs({
      action: "CreateSsoToken",
      client_id: "501",
      destination: "sso:custom_redirect",
      sso_redirect_path: "viewinvoice.php?id=3102",
    });
    const url = body.redirect_url as string;
    expect(url).toBe(
      `${sandbox.url}/whmcs/oauth/singlesignon.php?access_token=${body.access_token as string}`,
    );
    const first = await fetch(url);
    const page = await first.text();
    expect(first.status).toBe(200);
    expect(page).toContain(`data-testid="whmcs-user">Signed in as ${demoUsers.billing.email}`);
    expect(page).toContain("Invoice #3102");
    expect((await fetch(url)).status).toBe(410);
    expect((await whmcs({ action: "CreateSsoToken", client_id: "9" })).body.message).toBe(
      "Invalid client_id",
    );
    expect(
      (await whmcs({ action: "CreateSsoToken", client_id: "502", user_id: "601" })).body.message,
    ).toBe("Invalid user_id for client");
  });
});

describe("platform API", () => {
  it("signs in (POST only) with the platform's result codes", async () => {
    const ok = await platform("users/authentication/rest/signin", {
      login: demoUsers.billing.email,
      password: demoUsers.billing.password,
    });
    expect(ok.body).toMatchObject({
      result: 0,
      uid: 1002,
      email: demoUsers.billing.email,
      name: "Bill Billing",
    });
    expect(ok.body.session).toMatch(/^[0-9a-f]{48}$/);
    const wrong = await platform("users/authentication/rest/signin", {
      login: demoUsers.billing.email,
      password: "x",
    });
    expect([wrong.status, wrong.body.result, typeof wrong.body.error]).toEqual([
      200,
      701,
      "string",
    ]);
    const unknown = await platform("users/authentication/rest/signin", {
      login: "nobody@demo.test",
      password: "x",
    });
    expect(unknown.body.result).toBe(707);
    const viaGet = await platform(
      "users/authentication/rest/signin",
      { login: demoUsers.billing.email, password: demoUsers.billing.password },
      "GET",
    );
    expect(viaGet.status).toBe(405);
    expect(viaGet.body.result).not.toBe(0);
  });

  it("reads the account with numeric balances and the user's own environments", async () => {
    const session = await signIn(demoUsers.billing.email, demoUsers.billing.password);
    const account = await platform("billing/account/rest/getaccount", { session }, "GET");
    expect(account.body).toMatchObject({
      result: 0,
      uid: 1002,
      balance: 42.5,
      bonus: 3.2,
      group: "billing",
      groupType: "billing",
    });
    const { body } = await platform("environment/control/rest/getenvs", { session });
    const infos = body.infos as {
      env: Obj;
      nodes: Obj[];
      nodeGroups: Obj[];
      envGroups: string[];
    }[];
    expect(infos.map((i) => i.env.status).sort()).toEqual([1, 2, 4, 6]);
    expect(
      infos.every(
        (i) => i.env.uid === 1002 && Array.isArray(i.envGroups) && i.nodeGroups.length > 0,
      ),
    ).toBe(true);
    const shop = infos.find((i) => i.env.envName === "bill-shop");
    expect(shop?.env).toMatchObject({
      hardwareNodeGroup: "eu-de-fra",
      sslstate: true,
      appid: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(shop?.nodes[0]).toMatchObject({
      nodeGroup: "bl",
      fixedCloudlets: 1,
      flexibleCloudlets: 4,
      extIPs: ["203.0.113.10"],
    });
    const trial = await signIn(demoUsers.trial.email, demoUsers.trial.password);
    const trialAccount = await platform("billing/account/rest/getaccount", { session: trial });
    expect(trialAccount.body).toMatchObject({
      balance: 0,
      bonus: 5,
      group: "trial",
      groupType: "trial",
    });
  });

  it("GetEnvInfo answers 11 for an unknown and 901 for someone else's environment", async () => {
    const session = await signIn(demoUsers.billing.email, demoUsers.billing.password);
    const own = await platform("environment/control/rest/getenvinfo", {
      session,
      envName: "bill-wiki",
    });
    expect(own.body).toMatchObject({
      result: 0,
      right: "OWNER",
      env: { envName: "bill-wiki", status: 4 },
    });
    expect(
      (await platform("environment/control/rest/getenvinfo", { session, envName: "oscar-api" }))
        .body.result,
    ).toBe(901);
    expect(
      (await platform("environment/control/rest/getenvinfo", { session, envName: "no-such-env" }))
        .body.result,
    ).toBe(11);
  });

  it("answers 702 without a valid session, after sign-out and after expire-sessions", async () => {
    expect((await platform("billing/account/rest/getaccount")).body).toMatchObject({
      result: 702,
      error: "User is not authenticated",
    });
    const session = await signIn(demoUsers.trial.email, demoUsers.trial.password);
    expect((await platform("users/authentication/rest/checksign", { session })).body.result).toBe(
      0,
    );
    expect((await control("expire-sessions")).status).toBe(200);
    const expired = await platform("billing/account/rest/getaccount", { session });
    expect([expired.status, expired.body.result]).toEqual([200, 702]);
    const other = await signIn(demoUsers.trial.email, demoUsers.trial.password);
    expect(
      (await platform("users/authentication/rest/signout", { session: other })).body.result,
    ).toBe(0);
    expect((await platform("users/account/rest/getuserinfo", { session: other })).body.result).toBe(
      702,
    );
  });

  it("lets the admin token act for a user, and nobody else", async () => {
    const { body } = await platform("system/admin/rest/signinasclient", {
      session: ADMIN,
      login: demoUsers.trial.email,
    });
    expect(body.result).toBe(0);
    const info = await platform("users/account/rest/getuserinfo", {
      session: body.session as string,
    });
    expect(info.body).toMatchObject({ result: 0, uid: 1001, email: demoUsers.trial.email });
    expect(
      (
        await platform("system/admin/rest/signinasclient", {
          session: "wrong",
          login: demoUsers.trial.email,
        })
      ).body.result,
    ).toBe(702);
    const user = await signIn(demoUsers.billing.email, demoUsers.billing.password);
    expect(
      (
        await platform("system/admin/rest/signinasclient", {
          session: user,
          login: demoUsers.trial.email,
        })
      ).body.result,
    ).toBe(8202);
    expect(
      (
        await platform("system/admin/rest/signinasclient", {
          session: ADMIN,
          login: "nobody@demo.test",
        })
      ).body.result,
    ).toBe(703);
  });

  it("answers 404 for unknown methods", async () => {
    expect((await platform("environment/control/rest/nosuchmethod")).status).toBe(404);
  });

  it("GenerateAuthLink gives a one-time dashboard link (then 410)", async () => {
    const reg = `${sandbox.url}/jelastic-reg/GenerateAuthLink`;
    const denied = (await (
      await fetch(`${reg}?${new URLSearchParams({ session: "x", email: demoUsers.billing.email })}`)
    ).json()) as Obj;
    expect(denied.result).toBe(702);
    const minted = await fetch(reg, {
      method: "POST",
      body: new URLSearchParams({ session: ADMIN, email: demoUsers.billing.email }),
    });
    const { result, link } = (await minted.json()) as { result: number; link: string };
    expect(result).toBe(0);
    expect(link).toMatch(new RegExp(`^${sandbox.url}/jelastic/dashboard/auth\\?key=[0-9a-f]+$`));
    const first = await fetch(link, { redirect: "manual" });
    expect(first.status).toBe(302);
    const cookie = (first.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const dashboard = await fetch(`${sandbox.url}${first.headers.get("location") ?? ""}`, {
      headers: { cookie },
    });
    const html = await dashboard.text();
    expect(html).toContain(`data-testid="dashboard-user">Signed in as ${demoUsers.billing.email}`);
    expect(html).toContain("Shop (production)");
    expect(html).not.toContain("Oscar API");
    expect((await fetch(link, { redirect: "manual" })).status).toBe(410);
    expect((await fetch(`${sandbox.url}/jelastic/dashboard/`)).status).toBe(401);
  });
});

describe("faults", () => {
  it("adds latency and then answers normally", async () => {
    await control("faults", {
      service: "jelastic",
      action: "billing/account/getaccount",
      latencyMs: 400,
    });
    const session = await signIn(demoUsers.billing.email, demoUsers.billing.password);
    const started = Date.now();
    const { body } = await platform("billing/account/rest/getaccount", { session });
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    expect(body.result).toBe(0);
  });

  it("returns an HTTP 500 page for one action only", async () => {
    await control("faults", { service: "whmcs", action: "GetInvoices", status: 500 });
    const response = await fetch(`${sandbox.url}/whmcs/includes/api.php`, {
      method: "POST",
      body: new URLSearchParams({ ...CREDS, action: "getinvoices" }),
    });
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect((await whmcs({ action: "GetClients" })).body.result).toBe("success");
  });

  it("returns business errors in each vendor's envelope", async () => {
    await control("faults", {
      service: "whmcs",
      action: "getclientsdetails",
      error: { message: "Client Not Found" },
    });
    expect(await whmcs({ action: "GetClientsDetails", clientid: "501" })).toMatchObject({
      status: 200,
      body: { result: "error", message: "Client Not Found" },
    });
    await control("faults", {
      service: "jelastic",
      action: "environment/control/getenvs",
      error: { code: 2207, message: "external billing error" },
    });
    expect((await platform("environment/control/rest/getenvs")).body).toMatchObject({
      result: 2207,
      error: "external billing error",
    });
  });

  it("returns a raw body, e.g. an HTML error page instead of JSON", async () => {
    await control("faults", {
      service: "*",
      action: "*",
      body: "<html><body>Fatal error</body></html>",
    });
    const response = await fetch(`${sandbox.url}/jelastic/1.0/users/authentication/rest/checksign`);
    expect([response.status, await response.text()]).toEqual([
      200,
      "<html><body>Fatal error</body></html>",
    ]);
    expect(
      (await fetch(`${sandbox.url}/whmcs/includes/api.php`, { method: "POST" })).headers.get(
        "content-type",
      ),
    ).toContain("text/html");
  });

  it("respects `times` and reports hits", async () => {
    const { body } = await control("faults", {
      service: "jelastic",
      action: "users/account/getuserinfo",
      status: 503,
      times: 2,
    });
    expect(body).toEqual({ id: expect.any(String) });
    const listed = (await control("faults", undefined, "GET")).body as { faults: Obj[] };
    expect(listed.faults).toEqual([expect.objectContaining({ remaining: 2, hits: 0 })]);
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await platform("users/account/rest/getuserinfo")).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect(((await control("faults", undefined, "GET")).body as { faults: Obj[] }).faults).toEqual(
      [],
    );
  });

  it("hangs on `timeout` until the client gives up, and stays healthy", async () => {
    await control("faults", { service: "whmcs", action: "*", timeout: true });
    const started = Date.now();
    const call = fetch(`${sandbox.url}/whmcs/includes/api.php`, {
      method: "POST",
      body: new URLSearchParams({ ...CREDS, action: "GetClients" }),
      signal: AbortSignal.timeout(300),
    });
    await expect(call).rejects.toMatchObject({ name: "TimeoutError" });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await control("health", undefined, "GET")).body).toEqual({ ok: true });
  });

  it("validates fault input", async () => {
    const bad = await control("faults", { service: "ftp", action: "*", latencyMs: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: "invalid_fault",
      issues: expect.arrayContaining([expect.objectContaining({ path: "service" })]),
    });
    const response = await fetch(`${sandbox.url}/_control/faults`, {
      method: "POST",
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(await control("fault", {})).toEqual({ status: 404, body: { error: "not_found" } });
    expect((await control("faults", undefined, "PUT")).status).toBe(405);
  });
});

describe("mail, persistence and reset", () => {
  it("catches email sent over SMTP and shows it in the control API and the inbox", async () => {
    const transport = nodemailer.createTransport({
      host: "127.0.0.1",
      port: sandbox.smtpPort,
      secure: false,
    });
    await transport.sendMail({
      from: "Demo Cloud <no-reply@portal.test>",
      to: demoUsers.billing.email,
      subject: "Your invoice #3102",
      text: "Hello Bill",
      html: "<p>Hello <b>Bill</b></p>",
    });
    const emails = (await control("emails", undefined, "GET")).body as Obj[];
    expect(emails[0]).toMatchObject({
      from: "no-reply@portal.test",
      to: [demoUsers.billing.email],
      subject: "Your invoice #3102",
      text: expect.stringContaining("Hello Bill"),
      html: "<p>Hello <b>Bill</b></p>",
      receivedAt: expect.any(String),
    });
    const inbox = await (await fetch(`${sandbox.url}/inbox`)).text();
    expect(inbox).toContain("Your invoice #3102");
    const message = await (await fetch(`${sandbox.url}/inbox/${emails[0]?.id as string}`)).text();
    expect(message).toMatch(/<iframe[^>]*\ssandbox=""/);
    expect(message).toContain('srcdoc="&lt;p&gt;Hello &lt;b&gt;Bill&lt;/b&gt;&lt;/p&gt;"');
    transport.close();
  });

  it("keeps sessions, used links and emails across a restart on the same data dir", async () => {
    const session = await signIn(demoUsers.billing.email, demoUsers.billing.password);
    const minted = await fetch(`${sandbox.url}/jelastic-reg/GenerateAuthLink`, {
      method: "POST",
      body: new URLSearchParams({ session: ADMIN, email: demoUsers.trial.email }),
    });
    const key = new URL(((await minted.json()) as { link: string }).link).search;
    expect(
      (await fetch(`${sandbox.url}/jelastic/dashboard/auth${key}`, { redirect: "manual" })).status,
    ).toBe(302);
    await sandbox.close();
    expect(existsSync(join(dataDir, "state.json"))).toBe(true);

    sandbox = await startSandbox({ port: 0, smtpPort: 0, dataDir, quiet: true });
    expect((await platform("billing/account/rest/getaccount", { session })).body.result).toBe(0);
    expect(
      (await fetch(`${sandbox.url}/jelastic/dashboard/auth${key}`, { redirect: "manual" })).status,
    ).toBe(410);
    expect(((await control("emails", undefined, "GET")).body as Obj[]).length).toBeGreaterThan(0);
  });

  it("reset restores the seed: no sessions, no emails, no faults", async () => {
    const session = await signIn(demoUsers.billing.email, demoUsers.billing.password);
    await control("faults", { service: "whmcs", action: "GetUsers", status: 500 });
    expect((await control("reset")).status).toBe(200);
    expect((await platform("billing/account/rest/getaccount", { session })).body.result).toBe(702);
    expect((await control("emails", undefined, "GET")).body).toEqual([]);
    expect((await whmcs({ action: "GetUsers" })).body.totalresults).toBe(11);
    expect((await whmcs({ action: "GetClientsDetails", clientid: "501" })).body.credit).toBe(
      "12.00",
    );
    expect(await signIn(demoUsers.billing.email, demoUsers.billing.password)).toBeTruthy();
  });

  it("serves the index page and health", async () => {
    expect((await control("health", undefined, "GET")).body).toEqual({ ok: true });
    const index = await (await fetch(`${sandbox.url}/`)).text();
    expect(index).toContain("/whmcs/includes/api.php");
    expect(index).toContain(demoUsers.whmcsOnly.email);
  });
});
