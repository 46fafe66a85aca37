import { describe, expect, it } from "vitest";
import { demoUsers } from "@/sandbox/demo-users";
import {
  sandbox,
  ADMIN,
  platform,
  control,
  signIn,
  type Obj,
  rawSandboxPerFile,
} from "./support/raw-sandbox";

/** The sandbox's platform API over real HTTP: envelope, error codes, methods (CONTRACTS.md). */
rawSandboxPerFile();

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
