import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { JelasticApiError, JelasticNotFoundError } from "@/lib/jelastic";
import { demoUsers } from "@/sandbox/demo-users";
import { sandboxPerFile } from "./support/sandbox";

/** The platform client's domain and SSL methods against the sandbox over real HTTP. */
const sandbox = sandboxPerFile("sandbox-binder");
let billing: string;
let trial: string;
const pem = (name: string) => readFileSync(join("lib/tls/__fixtures__", name), "utf8");

beforeEach(async () => {
  await sandbox.control("reset");
  billing = (await sandbox.jelastic.signIn(demoUsers.billing.email, demoUsers.billing.password))
    .session;
  trial = (await sandbox.jelastic.signIn(demoUsers.trial.email, demoUsers.trial.password)).session;
});

describe("external domains", () => {
  it("binds, lists and removes a domain", async () => {
    expect(await sandbox.jelastic.getExtDomains(billing, "bill-shop")).toEqual([
      "shop.example.com",
      "www.shop.example.com",
    ]);
    expect(await sandbox.jelastic.bindExtDomain(billing, "bill-shop", "new.example.org")).toBe(
      "new.example.org",
    );
    expect((await sandbox.jelastic.getEnvInfo(billing, "bill-shop")).extDomains).toContain(
      "new.example.org",
    );
    await sandbox.jelastic.removeExtDomain(billing, "bill-shop", "new.example.org");
    expect(await sandbox.jelastic.getExtDomains(billing, "bill-shop")).not.toContain(
      "new.example.org",
    );
  });

  it("refuses a domain already bound anywhere, even to another user's environment", async () => {
    await expect(
      sandbox.jelastic.bindExtDomain(trial, "tess-hello", "api.oscar.test"),
    ).rejects.toBeInstanceOf(JelasticApiError);
    await expect(
      sandbox.jelastic.bindExtDomain(billing, "bill-shop", "shop.example.com"),
    ).rejects.toMatchObject({ kind: "business" });
  });

  it("lets only the owner act: another user's environment is not found", async () => {
    for (const call of [
      () => sandbox.jelastic.getExtDomains(trial, "bill-shop"),
      () => sandbox.jelastic.bindExtDomain(trial, "bill-shop", "evil.example.org"),
      () => sandbox.jelastic.removeExtDomain(trial, "bill-shop", "shop.example.com"),
      () => sandbox.jelastic.setBuiltInSsl(trial, "bill-shop", false),
      () => sandbox.jelastic.getSslCerts(trial, "no-such-env"),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(JelasticNotFoundError);
    }
    expect(await sandbox.jelastic.getExtDomains(billing, "bill-shop")).toContain(
      "shop.example.com",
    );
  });
});

describe("SSL", () => {
  it("toggles built-in SSL", async () => {
    await sandbox.jelastic.setBuiltInSsl(billing, "bill-shop", false);
    expect((await sandbox.jelastic.getEnvInfo(billing, "bill-shop")).sslEnabled).toBe(false);
    await sandbox.jelastic.setBuiltInSsl(billing, "bill-shop", true);
    expect((await sandbox.jelastic.getEnvInfo(billing, "bill-shop")).sslEnabled).toBe(true);
  });

  it("installs, lists and removes a custom certificate", async () => {
    const installed = await sandbox.jelastic.installCustomCertificate(billing, "bill-shop", {
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
    expect(await sandbox.jelastic.getSslCerts(billing, "bill-shop")).toEqual([installed]);
    expect(await sandbox.jelastic.getSslCerts(trial, "tess-hello")).toEqual([]);
    await sandbox.jelastic.removeSslCerts(billing, "bill-shop", [installed.id]);
    expect(await sandbox.jelastic.getSslCerts(billing, "bill-shop")).toEqual([]);
  });

  it("refuses a key that does not match and leaves nothing behind", async () => {
    await expect(
      sandbox.jelastic.installCustomCertificate(billing, "bill-shop", {
        certificatePem: pem("leaf.pem"),
        privateKeyPem: pem("other.key"),
      }),
    ).rejects.toMatchObject({ kind: "business" });
    expect(await sandbox.jelastic.getSslCerts(billing, "bill-shop")).toEqual([]);
  });
});
