import { describe, expect, it } from "vitest";
import { UpstreamError } from "@/lib/http";
import { JelasticInvalidCredentialsError, JelasticSessionExpiredError } from "@/lib/jelastic";
import { demoUsers } from "@/sandbox/demo-users";
import { sandboxPerFile } from "./support/sandbox";

/** The production clients against the sandbox over real HTTP: the wire formats must agree. */
const sandbox = sandboxPerFile("sandbox-clients");
const control = sandbox.control;

describe("WHMCS client ↔ sandbox", () => {
  it("validates a login and maps the user to its client", async () => {
    const login = await sandbox.whmcs.validateLogin(
      demoUsers.billing.email,
      demoUsers.billing.password,
    );
    expect(login).toEqual({ userId: 601 });
    const users = await sandbox.whmcs.getUsers({ search: demoUsers.billing.email });
    expect(users.find((u) => u.id === 601)?.clients).toContainEqual({ id: 501, isOwner: true });
  });

  it("rejects a wrong password without throwing", async () => {
    expect(await sandbox.whmcs.validateLogin(demoUsers.billing.email, "wrong")).toBeNull();
  });

  it("reads client details with credit in minor units", async () => {
    const client = await sandbox.whmcs.getClientsDetails({ clientId: 501 });
    expect(client?.email).toBe(demoUsers.billing.email);
    expect(client?.credit).toEqual({ amountMinor: 1200, currency: "USD" });
    expect(await sandbox.whmcs.getClientsDetails({ email: "nobody@demo.test" })).toBeNull();
  });

  it("lists unpaid invoices of one client only", async () => {
    const unpaid = await sandbox.whmcs.getInvoices({ clientId: 501, status: "Unpaid" });
    expect(unpaid.total).toBe(1);
    expect(unpaid.invoices.every((i) => i.status === "unpaid")).toBe(true);
  });

  it("mints a single sign-on URL into the client area", async () => {
    const { redirectUrl } = await sandbox.whmcs.createSsoToken({ clientId: 501 });
    expect(redirectUrl).toContain(`${sandbox.url}/whmcs/oauth/singlesignon.php?access_token=`);
  });

  it("turns an HTML page instead of JSON into a typed error", async () => {
    await control("faults", { service: "whmcs", action: "*", body: "<html>oops</html>" });
    await expect(sandbox.whmcs.getClientsDetails({ clientId: 501 })).rejects.toMatchObject({
      kind: "bad_response",
    });
  });

  it("gives up on a hanging call at its timeout", async () => {
    await control("faults", { service: "whmcs", action: "GetClientsDetails", timeout: true });
    const started = Date.now();
    const error = await sandbox.whmcs.getClientsDetails({ clientId: 501 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).kind).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("platform client ↔ sandbox", () => {
  it("signs in and reads the account and environments", async () => {
    const { session, uid } = await sandbox.jelastic.signIn(
      demoUsers.billing.email,
      demoUsers.billing.password,
    );
    expect(uid).toBe(1002);
    const account = await sandbox.jelastic.getAccount(session);
    expect(account.balance).toEqual({ amountMinor: 4250, currency: "USD" });
    expect(account.groupType).toBe("billing");
    const envs = await sandbox.jelastic.getEnvs(session);
    expect(envs.map((e) => e.status).sort()).toEqual([
      "creating",
      "running",
      "sleeping",
      "stopped",
    ]);
  });

  it("maps a wrong password to an invalid-credentials error", async () => {
    await expect(sandbox.jelastic.signIn(demoUsers.billing.email, "wrong")).rejects.toBeInstanceOf(
      JelasticInvalidCredentialsError,
    );
  });

  it("reports an expired session as such, and the admin can act for the user again", async () => {
    const { session } = await sandbox.jelastic.signIn(
      demoUsers.trial.email,
      demoUsers.trial.password,
    );
    await control("expire-sessions");
    await expect(sandbox.jelastic.getAccount(session)).rejects.toBeInstanceOf(
      JelasticSessionExpiredError,
    );
    const fresh = await sandbox.jelastic.adminSessionFor(demoUsers.trial.email);
    expect((await sandbox.jelastic.getAccount(fresh)).groupType).toBe("trial");
  });

  it("mints a one-time dashboard link", async () => {
    const link = await sandbox.jelastic.createLoginLink(demoUsers.billing.email);
    const first = await fetch(link, { redirect: "manual" });
    expect(first.status).toBeLessThan(400);
    const second = await fetch(link, { redirect: "manual" });
    expect(second.status).toBe(410);
  });

  it("surfaces HTTP 500 as an unavailable upstream", async () => {
    await control("faults", {
      service: "jelastic",
      action: "users/authentication/signin",
      status: 500,
    });
    await expect(
      sandbox.jelastic.signIn(demoUsers.billing.email, demoUsers.billing.password),
    ).rejects.toMatchObject({
      kind: expect.stringMatching(/unavailable|http/),
    });
  });
});
