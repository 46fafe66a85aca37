import { existsSync } from "node:fs";
import { join } from "node:path";
import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { demoUsers } from "@/sandbox/demo-users";
import {
  sandbox,
  dataDir,
  ADMIN,
  whmcs,
  platform,
  control,
  CREDS,
  signIn,
  restartSandbox,
  type Obj,
  rawSandboxPerFile,
} from "./support/raw-sandbox";

/** The sandbox over real HTTP/SMTP: faults, mail, persistence and reset (CONTRACTS.md). */
rawSandboxPerFile();

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

    await restartSandbox();
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
    expect((await whmcs({ action: "GetUsers" })).body.totalresults).toBe(12);
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
