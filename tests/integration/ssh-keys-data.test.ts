import { generateKeyPairSync } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { toOpenSshLine } from "@/lib/ssh/testing/openssh";
import { demoUsers } from "@/sandbox/demo-users";
import { appStackPerFile, signedInAccount } from "./support/app";

/**
 * The SSH key data layer against the sandbox and an embedded database: validation before the
 * platform, duplicate checks by fingerprint, ownership on delete, and the audit trail.
 */
vi.mock("@/lib/data/request-context", () => ({
  getRequestContext: async () => ({ ip: "127.0.0.1", userAgent: "vitest" }),
}));

const sandbox = appStackPerFile("ssh-keys-data");
const LAPTOP = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBsnTiB062/S+MAwly++IUhLy1IKqU/VvqZcY9+FE8qB";

const control = sandbox.control;

const signedIn = signedInAccount;

async function lastAudit(action: string) {
  const { getDb } = await import("@/lib/data/db");
  return getDb().auditEvent.findFirst({ where: { action }, orderBy: { createdAt: "desc" } });
}

beforeEach(() => control("reset"));

describe("SSH keys through the data layer", () => {
  it("refuses a private key before the platform is asked, and audits the failure", async () => {
    const account = await signedIn(demoUsers.trial);
    // Any call to the platform's add would now fail differently ("unavailable").
    await control("faults", {
      service: "jelastic",
      action: "users/account/addsshkey",
      status: 500,
    });
    const { addSshKey } = await import("@/lib/data/ssh-keys");
    const pem = generateKeyPairSync("ed25519")
      .privateKey.export({ format: "pem", type: "pkcs8" })
      .toString();
    expect(await addSshKey(account, { title: "Oops", publicKey: pem })).toEqual({
      ok: false,
      reason: "private_key",
    });
    const rsa1024 = toOpenSshLine(generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey);
    expect(await addSshKey(account, { title: "Old", publicKey: rsa1024 })).toEqual({
      ok: false,
      reason: "rsa_too_short",
    });
    const audit = await lastAudit("ssh_key.add");
    expect(audit).toMatchObject({ outcome: "failure", accountId: account.id, target: "Old" });
    expect(JSON.stringify(audit?.details)).not.toContain("PRIVATE");
  });

  it("finds a duplicate by fingerprint (another comment) and by title without adding", async () => {
    const account = await signedIn(demoUsers.billing);
    await control("faults", {
      service: "jelastic",
      action: "users/account/addsshkey",
      status: 500,
    });
    const { addSshKey } = await import("@/lib/data/ssh-keys");
    expect(await addSshKey(account, { title: "New", publicKey: `${LAPTOP} other@host` })).toEqual({
      ok: false,
      reason: "duplicate_key",
    });
    const fresh = toOpenSshLine(generateKeyPairSync("ed25519").publicKey, "x");
    expect(await addSshKey(account, { title: " laptop ", publicKey: fresh })).toEqual({
      ok: false,
      reason: "duplicate_title",
    });
    expect(await addSshKey(account, { title: "New", publicKey: fresh })).toEqual({
      ok: false,
      reason: "unavailable",
    });
  });

  it("adds, lists and deletes the account's own keys with audit entries", async () => {
    const account = await signedIn(demoUsers.trial);
    const { addSshKey, deleteSshKey, listSshKeys } = await import("@/lib/data/ssh-keys");
    const line = toOpenSshLine(generateKeyPairSync("ed25519").publicKey, "tess@home");
    const added = await addSshKey(account, { title: " Home ", publicKey: line });
    expect(added).toMatchObject({ ok: true, title: "Home" });
    expect(await lastAudit("ssh_key.add")).toMatchObject({ outcome: "success", target: "Home" });
    const list = await listSshKeys(account);
    if (!list.ok) throw new Error("list failed");
    expect(list.keys.map((k) => k.title)).toEqual(["Home"]);
    expect(added.ok && list.keys[0]?.fingerprint).toBe(added.ok ? added.fingerprint : "");

    expect(await deleteSshKey(account, list.keys[0]?.id ?? 0)).toEqual({ ok: true, title: "Home" });
    expect(await lastAudit("ssh_key.delete")).toMatchObject({ outcome: "success" });
  });

  it("treats another account's key id as not found and records the denial", async () => {
    const trial = await signedIn(demoUsers.trial);
    const { deleteSshKey } = await import("@/lib/data/ssh-keys");
    expect(await deleteSshKey(trial, 301)).toEqual({ ok: false, reason: "not_found" });
    expect(await lastAudit("ssh_key.delete")).toMatchObject({
      outcome: "denied",
      accountId: trial.id,
      target: "301",
    });
    const billing = await signedIn(demoUsers.billing);
    const { listSshKeys } = await import("@/lib/data/ssh-keys");
    const list = await listSshKeys(billing);
    expect(list.ok && list.keys.map((k) => k.id)).toEqual([301, 302]);
  });

  it("reports a platform outage on list as unavailable", async () => {
    const account = await signedIn(demoUsers.billing);
    await control("faults", {
      service: "jelastic",
      action: "users/account/getsshkeys",
      status: 503,
    });
    const { listSshKeys } = await import("@/lib/data/ssh-keys");
    expect(await listSshKeys(account)).toEqual({ ok: false, reason: "unavailable" });
  });
});
