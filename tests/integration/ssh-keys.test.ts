import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createJelasticClient,
  JelasticNotFoundError,
  JelasticSshKeyError,
  type JelasticClient,
} from "@/lib/jelastic";
import { parsePublicKey } from "@/lib/ssh";
import { toOpenSshLine } from "@/lib/ssh/testing/openssh";
import { demoUsers } from "@/sandbox/demo-users";
import { startSandbox } from "@/sandbox/server";

/** The platform client's SSH key methods against the sandbox over real HTTP. */
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let dataDir: string;
let jelastic: JelasticClient;
const silent = { debug() {}, info() {}, warn() {}, error() {} };

async function control(path: string, body?: unknown, method = "POST") {
  const response = await fetch(`${sandbox.url}/_control/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
}

const signIn = (user: { email: string; password: string }) =>
  jelastic.signIn(user.email, user.password).then((r) => r.session);

const ed25519 = (comment: string) =>
  toOpenSshLine(generateKeyPairSync("ed25519").publicKey, comment);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "sandbox-ssh-keys-"));
  sandbox = await startSandbox({ port: 0, smtpPort: 0, dataDir, quiet: true });
  jelastic = createJelasticClient({
    baseUrl: `${sandbox.url}/jelastic`,
    regUrl: `${sandbox.url}/jelastic-reg`,
    adminToken: "sandbox_platform_admin_token",
    currency: "USD",
    timeoutMs: 1_500,
    logger: silent,
  });
});

beforeEach(() => control("reset"));

afterAll(async () => {
  await sandbox.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("platform SSH keys ↔ sandbox", () => {
  it("lists the billing user's seeded keys with fingerprints computed by the portal", async () => {
    const keys = await jelastic.getSshKeys(await signIn(demoUsers.billing));
    expect(keys.map((k) => [k.title, k.type, k.bits, k.fingerprint])).toEqual([
      ["Laptop", "ssh-ed25519", 256, "SHA256:nSdByzqXA9Y4P9rWBAU47jfVQ3xw5Krihwyx4uMVbvw"],
      ["CI runner", "ssh-rsa", 3072, "SHA256:XxJTO2shLV1c5imjzrVZLbbQGuGL+6uhP8UCoAJT8DY"],
    ]);
    expect(keys[0]?.addedAt).toEqual(new Date("2025-06-02T09:12:44Z"));
  });

  it("gives the trial user none, and keeps added keys per user", async () => {
    const trial = await signIn(demoUsers.trial);
    expect(await jelastic.getSshKeys(trial)).toEqual([]);
    const line = ed25519("tess@home");
    await jelastic.addSshKey(trial, { title: "Home", publicKey: line });
    const keys = await jelastic.getSshKeys(trial);
    expect(keys).toHaveLength(1);
    const expected = parsePublicKey(line);
    expect(expected.ok && keys[0]?.fingerprint).toBe(expected.ok ? expected.key.fingerprint : "");
    expect(keys[0]?.addedAt).toBeInstanceOf(Date);
    expect(await jelastic.getSshKeys(await signIn(demoUsers.billing))).toHaveLength(2);
  });

  it("refuses an invalid key, the same key twice and a title twice with typed errors", async () => {
    const session = await signIn(demoUsers.trial);
    const line = ed25519("first");
    await jelastic.addSshKey(session, { title: "One", publicKey: line });
    const reasonOf = (key: { title: string; publicKey: string }) =>
      jelastic.addSshKey(session, key).then(
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
    await expect(jelastic.deleteSshKey(trial, 301)).rejects.toBeInstanceOf(JelasticNotFoundError);
    await jelastic.deleteSshKey(billing, 301);
    expect((await jelastic.getSshKeys(billing)).map((k) => k.id)).toEqual([302]);
  });

  it("lets an injected fault on addsshkey through as an upstream error, adding nothing", async () => {
    const session = await signIn(demoUsers.trial);
    await control("faults", {
      service: "jelastic",
      action: "users/account/addsshkey",
      status: 503,
    });
    await expect(
      jelastic.addSshKey(session, { title: "Home", publicKey: ed25519("x") }),
    ).rejects.toMatchObject({ kind: "unavailable" });
    await control("faults", undefined, "DELETE");
    expect(await jelastic.getSshKeys(session)).toEqual([]);
  });
});
