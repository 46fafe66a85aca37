import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createJelasticClient,
  JelasticApiError,
  JelasticNotFoundError,
  type JelasticClient,
} from "@/lib/jelastic";
import { demoUsers } from "@/sandbox/demo-users";
import { startSandbox } from "@/sandbox/server";

/** The platform client's domain and SSL methods against the sandbox over real HTTP. */
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let dataDir: string;
let jelastic: JelasticClient;
let billing: string;
let trial: string;
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const pem = (name: string) => readFileSync(join("lib/tls/__fixtures__", name), "utf8");

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "sandbox-binder-"));
  sandbox = await startSandbox({ port: 0, smtpPort: 0, dataDir, quiet: true });
  jelastic = createJelasticClient({
    baseUrl: `${sandbox.url}/jelastic`,
    regUrl: `${sandbox.url}/jelastic-reg`,
    adminToken: "sandbox_platform_admin_token",
    currency: "USD",
    timeoutMs: 2_000,
    logger: silent,
  });
});

beforeEach(async () => {
  await fetch(`${sandbox.url}/_control/reset`, { method: "POST" });
  billing = (await jelastic.signIn(demoUsers.billing.email, demoUsers.billing.password)).session;
  trial = (await jelastic.signIn(demoUsers.trial.email, demoUsers.trial.password)).session;
});

afterAll(async () => {
  await sandbox.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("external domains", () => {
  it("binds, lists and removes a domain", async () => {
    expect(await jelastic.getExtDomains(billing, "bill-shop")).toEqual([
      "shop.example.com",
      "www.shop.example.com",
    ]);
    expect(await jelastic.bindExtDomain(billing, "bill-shop", "new.example.org")).toBe(
      "new.example.org",
    );
    expect((await jelastic.getEnvInfo(billing, "bill-shop")).extDomains).toContain(
      "new.example.org",
    );
    await jelastic.removeExtDomain(billing, "bill-shop", "new.example.org");
    expect(await jelastic.getExtDomains(billing, "bill-shop")).not.toContain("new.example.org");
  });

  it("refuses a domain already bound anywhere, even to another user's environment", async () => {
    await expect(
      jelastic.bindExtDomain(trial, "tess-hello", "api.oscar.test"),
    ).rejects.toBeInstanceOf(JelasticApiError);
    await expect(
      jelastic.bindExtDomain(billing, "bill-shop", "shop.example.com"),
    ).rejects.toMatchObject({ kind: "business" });
  });

  it("lets only the owner act: another user's environment is not found", async () => {
    for (const call of [
      () => jelastic.getExtDomains(trial, "bill-shop"),
      () => jelastic.bindExtDomain(trial, "bill-shop", "evil.example.org"),
      () => jelastic.removeExtDomain(trial, "bill-shop", "shop.example.com"),
      () => jelastic.setBuiltInSsl(trial, "bill-shop", false),
      () => jelastic.getSslCerts(trial, "no-such-env"),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(JelasticNotFoundError);
    }
    expect(await jelastic.getExtDomains(billing, "bill-shop")).toContain("shop.example.com");
  });
});

describe("SSL", () => {
  it("toggles built-in SSL", async () => {
    await jelastic.setBuiltInSsl(billing, "bill-shop", false);
    expect((await jelastic.getEnvInfo(billing, "bill-shop")).sslEnabled).toBe(false);
    await jelastic.setBuiltInSsl(billing, "bill-shop", true);
    expect((await jelastic.getEnvInfo(billing, "bill-shop")).sslEnabled).toBe(true);
  });

  it("installs, lists and removes a custom certificate", async () => {
    const installed = await jelastic.installCustomCertificate(billing, "bill-shop", {
      certificatePem: pem("leaf.pem"),
      privateKeyPem: pem("leaf.key"),
      chainPem: pem("intermediate-ca.pem"),
    });
    expect(installed).toMatchObject({
      commonName: "shop.example.com",
      domains: ["shop.example.com", "www.shop.example.com"],
      issuedBy: "Portal Test Issuing CA",
      expiresAt: new Date("2036-01-01T00:00:00Z"),
      kind: "custom",
    });
    expect(await jelastic.getSslCerts(billing, "bill-shop")).toEqual([installed]);
    expect(await jelastic.getSslCerts(trial, "tess-hello")).toEqual([]);
    await jelastic.removeSslCerts(billing, "bill-shop", [installed.id]);
    expect(await jelastic.getSslCerts(billing, "bill-shop")).toEqual([]);
  });

  it("refuses a key that does not match and leaves nothing behind", async () => {
    await expect(
      jelastic.installCustomCertificate(billing, "bill-shop", {
        certificatePem: pem("leaf.pem"),
        privateKeyPem: pem("other.key"),
      }),
    ).rejects.toMatchObject({ kind: "business" });
    expect(await jelastic.getSslCerts(billing, "bill-shop")).toEqual([]);
  });
});
