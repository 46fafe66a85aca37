import { generateKeyPairSync } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { JelasticNotFoundError, JelasticSshKeyError } from "@/lib/jelastic";
import { parsePublicKey } from "@/lib/ssh";
import { toOpenSshLine } from "@/lib/ssh/testing/openssh";
import { demoUsers } from "@/sandbox/demo-users";
import { sandboxPerFile } from "./support/sandbox";

/** The platform client's SSH key methods against the sandbox over real HTTP. */
const sandbox = sandboxPerFile("sandbox-ssh-keys");
const control = sandbox.control;
const signIn = (user: { email: string; password: string }) =>
  sandbox.jelastic.signIn(user.email, user.password).then((r) => r.session);

const ed25519 = (comment: string) =>
  toOpenSshLine(generateKeyPairSync("ed25519").publicKey, comment);

beforeEach(() => control("reset"));

describe("platform SSH keys ↔ sandbox", () => {
  it("lists the billing user's seeded keys with fingerprints computed by the portal", async () => {
    const keys = await sandbox.jelastic.getSshKeys(await signIn(demoUsers.billing));
    expect(keys.map((k) => [k.title, k.type, k.bits, k.fingerprint])).toEqual([
      ["Laptop", "ssh-ed25519", 256, "SHA256:nSdByzqXA9Y4P9rWBAU47jfVQ3xw5Krihwyx4uMVbvw"],
      ["CI runner", "ssh-rsa", 3072, "SHA256:XxJTO2shLV1c5imjzrVZLbbQGuGL+6uhP8UCoAJT8DY"],
    ]);
    expect(keys[0]?.addedAt).toEqual(new Date("2025-06-02T09:12:44Z"));
  });

  it("gives the trial user none, and keeps added keys per user", async () => {
    const trial = await signIn(demoUsers.trial);
    expect(await sandbox.jelastic.getSshKeys(trial)).toEqual([]);
    const line = ed25519("tess@home");
    await sandbox.jelastic.addSshKey(trial, { title: "Home", publicKey: line });
    const keys = await sandbox.jelastic.getSshKeys(trial);
    expect(keys).toHaveLength(1);
    const expected = parsePublicKey(line);
    expect(expected.ok && keys[0]?.fingerprint).toBe(expected.ok ? expected.key.fingerprint : "");
    expect(keys[0]?.addedAt).toBeInstanceOf(Date);
    expect(await sandbox.jelastic.getSshKeys(await signIn(demoUsers.billing))).toHaveLength(2);
  });

  it("refuses an invalid key, the same key twice and a title twice with typed errors", async () => {
    const session = await signIn(demoUsers.trial);
    const line = ed25519("first");
    await sandbox.jelastic.addSshKey(session, { title: "One", publicKey: line });
    const reasonOf = (key: { title: string; publicKey: string }) =>
      sandbox.jelastic.addSshKey(session, key).then(
        () => "added",
        (e: unknown) => (e instanceof JelasticSshKeyError ? e.reason : String(e)),
      );
    expect(await reasonOf({ title: "Bad", publicKey: "ssh-ed25519 not-base64!" })).toBe("invalid");
    const sameMaterial = line.replace("first", "other comment");
    expect(await reasonOf({ title: "Two", publicKey: sameMaterial })).toBe("duplicate_key");
    expect(await reasonOf({ title: "one", publicKey: ed25519("second") })).toBe("duplicate_title");
  });

  it("deletes only the caller's own key; another user's id is not found", async () => {
    const billing = await signIn(demoUsers.billing);
    const trial = await signIn(demoUsers.trial);
    await expect(sandbox.jelastic.deleteSshKey(trial, 301)).rejects.toBeInstanceOf(
      JelasticNotFoundError,
    );
    await sandbox.jelastic.deleteSshKey(billing, 301);
    expect((await sandbox.jelastic.getSshKeys(billing)).map((k) => k.id)).toEqual([302]);
  });

  it("lets an injected fault on addsshkey through as an upstream error, adding nothing", async () => {
    const session = await signIn(demoUsers.trial);
    await control("faults", {
      service: "jelastic",
      action: "users/account/addsshkey",
      status: 503,
    });
    await expect(
      sandbox.jelastic.addSshKey(session, { title: "Home", publicKey: ed25519("x") }),
    ).rejects.toMatchObject({ kind: "unavailable" });
    await control("faults", undefined, "DELETE");
    expect(await sandbox.jelastic.getSshKeys(session)).toEqual([]);
  });
});
