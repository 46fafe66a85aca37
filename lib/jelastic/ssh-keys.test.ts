import { describe, expect, it } from "vitest";
import { fakeFetch, type FakeReply, type FakeRequest } from "@/lib/http/testing";
import addExists from "./__fixtures__/add-ssh-key-exists.json";
import addInvalid from "./__fixtures__/add-ssh-key-invalid.json";
import addTitleExists from "./__fixtures__/add-ssh-key-title-exists.json";
import added from "./__fixtures__/add-ssh-key.json";
import deleted from "./__fixtures__/delete-ssh-key.json";
import keysFixture from "./__fixtures__/get-ssh-keys.json";
import sessionExpired from "./__fixtures__/session-expired.json";
import { JelasticApiError, JelasticSessionExpiredError } from "./errors";
import { createJelasticClient, JelasticSshKeyError } from "./index";

const SESSION = "user-session-token";
const silent = { debug() {}, info() {}, warn() {}, error() {} };

function setup(reply: (request: FakeRequest, index: number) => FakeReply) {
  const fake = fakeFetch(reply);
  const jelastic = createJelasticClient({
    baseUrl: "http://platform.test/jelastic",
    regUrl: "http://platform.test/jelastic-reg",
    adminToken: "admin",
    currency: "USD",
    timeoutMs: 50,
    retries: 2,
    retryDelayMs: 1,
    fetch: fake.fetch,
    logger: silent,
  });
  return { jelastic, requests: fake.requests };
}

const fields = (request: FakeRequest | undefined) => Object.fromEntries(request?.form ?? []);

describe("SSH keys", () => {
  it("lists public keys with type, size and a SHA256 fingerprint computed from the key", async () => {
    const { jelastic, requests } = setup(() => ({ json: keysFixture }));
    const keys = await jelastic.getSshKeys(SESSION);
    expect(requests[0]?.url).toBe(
      "http://platform.test/jelastic/1.0/users/account/rest/getsshkeys",
    );
    expect(fields(requests[0])).toMatchObject({ session: SESSION, isPrivate: "false" });
    expect(keys.map((k) => k.id)).toEqual([301, 302, 303]);
    expect(keys[0]).toMatchObject({
      title: "Laptop",
      type: "ssh-ed25519",
      bits: 256,
      // `ssh-keygen -lf` output, not the platform's MD5 value from the fixture.
      fingerprint: "SHA256:nSdByzqXA9Y4P9rWBAU47jfVQ3xw5Krihwyx4uMVbvw",
      addedAt: new Date("2025-06-02T09:12:44Z"),
    });
    expect(keys[1]).toMatchObject({
      type: "ssh-rsa",
      bits: 3072,
      fingerprint: "SHA256:XxJTO2shLV1c5imjzrVZLbbQGuGL+6uhP8UCoAJT8DY",
      addedAt: new Date("2026-02-17T15:40:03Z"),
    });
    expect(keys[2]).toMatchObject({
      type: "ssh-dss",
      bits: null,
      fingerprint: null,
      addedAt: null,
    });
  });

  it("treats a missing list as no keys", async () => {
    const { jelastic } = setup(() => ({ json: { result: 0 } }));
    await expect(jelastic.getSshKeys(SESSION)).resolves.toEqual([]);
  });

  it("adds a public key once, with the title and the key text", async () => {
    const { jelastic, requests } = setup(() => ({ json: added }));
    await jelastic.addSshKey(SESSION, { title: "Desk", publicKey: "ssh-ed25519 AAAA desk" });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe("http://platform.test/jelastic/1.0/users/account/rest/addsshkey");
    expect(fields(requests[0])).toMatchObject({
      title: "Desk",
      sshKey: "ssh-ed25519 AAAA desk",
      isPrivate: "false",
      session: SESSION,
    });
  });

  it.each([
    [addInvalid, "invalid"],
    [addExists, "duplicate_key"],
    [addTitleExists, "duplicate_title"],
  ] as const)("maps platform refusal %# to a typed SSH key error", async (fixture, reason) => {
    const { jelastic } = setup(() => ({ json: fixture }));
    const error = await jelastic
      .addSshKey(SESSION, { title: "Laptop", publicKey: "ssh-ed25519 AAAA" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JelasticSshKeyError);
    expect(error).toBeInstanceOf(JelasticApiError);
    expect((error as JelasticSshKeyError).reason).toBe(reason);
  });

  it("does not retry an add that failed with HTTP 500", async () => {
    const { jelastic, requests } = setup(() => ({ status: 500, text: "oops" }));
    await expect(
      jelastic.addSshKey(SESSION, { title: "x", publicKey: "ssh-ed25519 AAAA" }),
    ).rejects.toMatchObject({ kind: "unavailable" });
    expect(requests).toHaveLength(1);
  });

  it("keeps other errors as they are (an expired session stays a 702)", async () => {
    const { jelastic } = setup(() => ({ json: sessionExpired }));
    await expect(
      jelastic.addSshKey(SESSION, { title: "x", publicKey: "ssh-ed25519 AAAA" }),
    ).rejects.toBeInstanceOf(JelasticSessionExpiredError);
  });

  it("deletes by id", async () => {
    const { jelastic, requests } = setup(() => ({ json: deleted }));
    await jelastic.deleteSshKey(SESSION, 302);
    expect(requests[0]?.url).toBe(
      "http://platform.test/jelastic/1.0/users/account/rest/deletesshkey",
    );
    expect(fields(requests[0])).toMatchObject({ id: "302", session: SESSION });
  });
});
