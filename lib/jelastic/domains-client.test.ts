import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/http";
import { captureLogs, fakeFetch, type FakeReply, type FakeRequest } from "@/lib/http/testing";
import addSslCert from "./__fixtures__/add-ssl-cert.json";
import bindExtDomain from "./__fixtures__/bind-ext-domain.json";
import envNotFound from "./__fixtures__/env-not-found.json";
import getExtDomains from "./__fixtures__/get-ext-domains.json";
import getSslCerts from "./__fixtures__/get-ssl-certs.json";
import refused from "./__fixtures__/platform-refused.json";
import signout from "./__fixtures__/signout.json";
import { JelasticApiError, JelasticNotFoundError } from "./errors";
import { createJelasticClient } from "./index";

const SESSION = "user-session-token";
const KEY = "-----BEGIN PRIVATE KEY-----\nc2VjcmV0\n-----END PRIVATE KEY-----\n";

function setup(reply: (request: FakeRequest, index: number) => FakeReply) {
  const fake = fakeFetch(reply);
  const logs = captureLogs();
  const jelastic = createJelasticClient({
    baseUrl: "http://platform.test/jelastic",
    regUrl: "http://platform.test/jelastic-reg",
    adminToken: "admin",
    currency: "USD",
    timeoutMs: 50,
    retries: 1,
    retryDelayMs: 1,
    fetch: fake.fetch,
    logger: createLogger({ level: "debug", write: logs.write }),
  });
  return { jelastic, requests: fake.requests, logs };
}

const fields = (request: FakeRequest | undefined) => Object.fromEntries(request?.form ?? []);
const path = (request: FakeRequest | undefined) => new URL(request?.url ?? "http://x").pathname;

describe("external domains", () => {
  it("reads GetExtDomains whether entries are objects or strings", async () => {
    const { jelastic, requests } = setup(() => ({ json: getExtDomains }));
    expect(await jelastic.getExtDomains(SESSION, "bill-shop")).toEqual([
      "shop.example.com",
      "www.shop.example.com",
    ]);
    expect(path(requests[0])).toBe("/jelastic/1.0/environment/binder/rest/getextdomains");
    expect(fields(requests[0])).toMatchObject({ envName: "bill-shop", session: SESSION });
  });

  it("binds with `extdomain` and returns the platform's spelling", async () => {
    const { jelastic, requests } = setup(() => ({ json: bindExtDomain }));
    expect(await jelastic.bindExtDomain(SESSION, "bill-shop", "new.example.org")).toBe(
      "new.example.org",
    );
    expect(path(requests[0])).toMatch(/\/environment\/binder\/rest\/bindextdomain$/);
    expect(fields(requests[0])).toMatchObject({
      envName: "bill-shop",
      extdomain: "new.example.org",
    });
  });

  it("never retries a bind, and a refusal is a business error", async () => {
    const { jelastic, requests } = setup(() => ({ json: refused }));
    const error = await jelastic.bindExtDomain(SESSION, "e", "x.example").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JelasticApiError);
    expect(error).toMatchObject({ kind: "business", code: 99 });
    expect(requests).toHaveLength(1);
  });

  it("removes with RemoveExtDomain (singular, as in the 8.x spec)", async () => {
    const { jelastic, requests } = setup(() => ({ json: signout }));
    await jelastic.removeExtDomain(SESSION, "bill-shop", "shop.example.com");
    expect(path(requests[0])).toMatch(/\/environment\/binder\/rest\/removeextdomain$/);
    expect(fields(requests[0])).toMatchObject({ extdomain: "shop.example.com" });
  });

  it("maps another user's environment (901) to JelasticNotFoundError", async () => {
    const { jelastic } = setup(() => ({ json: envNotFound }));
    await expect(jelastic.getExtDomains(SESSION, "bill-shop")).rejects.toBeInstanceOf(
      JelasticNotFoundError,
    );
  });
});

describe("SSL", () => {
  it("toggles built-in SSL through EditEnvSettings settings JSON", async () => {
    const { jelastic, requests } = setup(() => ({ json: signout }));
    await jelastic.setBuiltInSsl(SESSION, "bill-shop", false);
    expect(path(requests[0])).toMatch(/\/environment\/control\/rest\/editenvsettings$/);
    expect(fields(requests[0])).toMatchObject({ settings: '{"sslstate":false}' });
  });

  it("lists certificates without keys, mapping types and dates", async () => {
    const { jelastic } = setup(() => ({ json: getSslCerts }));
    expect(await jelastic.getSslCerts(SESSION, "bill-shop")).toEqual([
      {
        id: 31,
        commonName: null,
        domains: ["shop.example.com"],
        issuedBy: "R11",
        expiresAt: null,
        kind: "letsencrypt",
      },
      { id: 32, commonName: null, domains: [], issuedBy: null, expiresAt: null, kind: "unknown" },
    ]);
  });

  it("uploads then binds on the environment entry point, keeping the key out of logs", async () => {
    const { jelastic, requests, logs } = setup((_r, index) => ({
      json: index === 0 ? addSslCert : signout,
    }));
    const installed = await jelastic.installCustomCertificate(SESSION, "bill-shop", {
      certificatePem: "CERT",
      privateKeyPem: KEY,
      chainPem: "CHAIN",
    });
    expect(installed).toEqual({
      id: 31,
      commonName: "shop.example.com",
      domains: ["shop.example.com", "www.shop.example.com"],
      issuedBy: "Portal Test Issuing CA",
      expiresAt: new Date("2036-01-01T00:00:00Z"),
      kind: "custom",
    });
    expect(path(requests[0])).toMatch(/\/environment\/binder\/rest\/addsslcert$/);
    expect(fields(requests[0])).toMatchObject({ key: KEY, cert: "CERT", interm: "CHAIN" });
    expect(path(requests[1])).toMatch(/\/environment\/binder\/rest\/bindsslcert$/);
    expect(fields(requests[1])).toMatchObject({ certId: "31", entryPoint: "ENV" });
    expect(JSON.stringify(logs.lines)).not.toContain("c2VjcmV0");
  });

  it("removes the uploaded certificate again when binding fails", async () => {
    const { jelastic, requests } = setup((_r, index) => ({
      json: index === 0 ? addSslCert : index === 1 ? refused : signout,
    }));
    await expect(
      jelastic.installCustomCertificate(SESSION, "e", { certificatePem: "C", privateKeyPem: KEY }),
    ).rejects.toBeInstanceOf(JelasticApiError);
    expect(path(requests[2])).toMatch(/\/environment\/binder\/rest\/removesslcerts$/);
    expect(fields(requests[2])).toMatchObject({ ids: "31" });
  });
});
