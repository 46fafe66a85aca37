import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { demoUsers } from "@/sandbox/demo-users";
import { startSandbox } from "@/sandbox/server";

/**
 * Sign-in through the data layer, against the sandbox over HTTP and a real (embedded) database:
 * which upstream answers, how accounts are linked by email, and what an outage looks like.
 */
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let workDir: string;

async function fault(body: unknown) {
  const response = await fetch(`${sandbox.url}/_control/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "sign-in-"));
  sandbox = await startSandbox({
    port: 0,
    smtpPort: 0,
    dataDir: join(workDir, "sandbox"),
    quiet: true,
  });
  Object.assign(process.env, {
    AUTH_SECRET: "x".repeat(40),
    PGLITE_DIR: join(workDir, "pglite"),
    DATABASE_URL: "",
    WHMCS_URL: `${sandbox.url}/whmcs`,
    WHMCS_API_IDENTIFIER: "sandbox_whmcs_identifier",
    WHMCS_API_SECRET: "sandbox_whmcs_secret",
    JELASTIC_URL: `${sandbox.url}/jelastic`,
    JELASTIC_REG_URL: `${sandbox.url}/jelastic-reg`,
    JELASTIC_ADMIN_TOKEN: "sandbox_platform_admin_token",
    UPSTREAM_TIMEOUT_MS: "1500",
    LOG_LEVEL: "error",
  });
  const { PGlite } = await import("@electric-sql/pglite");
  const { applyMigrations } = await import("@/lib/db");
  const db = new PGlite(join(workDir, "pglite"));
  await applyMigrations(db, "prisma/migrations");
  await db.close();
});

afterEach(() => fetch(`${sandbox.url}/_control/faults`, { method: "DELETE" }));

afterAll(async () => {
  const { closeDatabases } = await import("@/lib/db");
  await closeDatabases();
  await sandbox.close();
  rmSync(workDir, { recursive: true, force: true });
});

async function account(email: string) {
  const { getDb } = await import("@/lib/data/db");
  return getDb().account.findUnique({ where: { email }, include: { platformSession: true } });
}

describe("authenticate", () => {
  it("signs a platform user in and links their WHMCS client by email", async () => {
    const { authenticate } = await import("@/lib/data/sign-in");
    const outcome = await authenticate("Billing@Demo.test ", demoUsers.billing.password);
    expect(outcome).toMatchObject({ kind: "ok", email: demoUsers.billing.email });
    const stored = await account(demoUsers.billing.email);
    expect(stored).toMatchObject({ platformUid: 1002, whmcsClientId: 501, whmcsUserId: 601 });
    expect(stored?.platformSession?.session).toBeTruthy();
  });

  it("signs a WHMCS-only client in with no platform link", async () => {
    const { authenticate } = await import("@/lib/data/sign-in");
    const outcome = await authenticate(demoUsers.whmcsOnly.email, demoUsers.whmcsOnly.password);
    expect(outcome.kind).toBe("ok");
    expect(await account(demoUsers.whmcsOnly.email)).toMatchObject({
      platformUid: null,
      whmcsClientId: 502,
    });
  });

  it("signs a trial user in with no billing link", async () => {
    const { authenticate } = await import("@/lib/data/sign-in");
    expect((await authenticate(demoUsers.trial.email, demoUsers.trial.password)).kind).toBe("ok");
    expect(await account(demoUsers.trial.email)).toMatchObject({
      platformUid: 1001,
      whmcsClientId: null,
    });
  });

  it("calls unknown emails and wrong passwords invalid alike", async () => {
    const { authenticate } = await import("@/lib/data/sign-in");
    expect(await authenticate(demoUsers.billing.email, "wrong")).toEqual({ kind: "invalid" });
    expect(await authenticate("nobody@demo.test", "wrong")).toEqual({ kind: "invalid" });
  });

  it("says unavailable, not invalid, when the upstreams cannot answer", async () => {
    await fault({ service: "*", action: "*", status: 500 });
    const { authenticate } = await import("@/lib/data/sign-in");
    expect(await authenticate(demoUsers.billing.email, demoUsers.billing.password)).toEqual({
      kind: "unavailable",
    });
  });

  it("still signs a billing client in through WHMCS while the platform is down", async () => {
    await fault({ service: "jelastic", action: "*", status: 500 });
    const { authenticate } = await import("@/lib/data/sign-in");
    const outcome = await authenticate(demoUsers.whmcsOnly.email, demoUsers.whmcsOnly.password);
    expect(outcome.kind).toBe("ok");
  });
});
