import { createPrivateKey, X509Certificate } from "node:crypto";
import type { SandboxSslCert } from "../state/platform-ssl-types";
import type { PlatformCall } from "./call";
import { Code, fail, ok, type PlatformReply } from "./envelope";
import { isEnv, requireOwnedEnv } from "./owned-env";

/** Platform date format, UTC. */
const platformDate = (date: Date) => date.toISOString().slice(0, 19).replace("T", " ");

const cnOf = (dn: string) =>
  dn
    .split("\n")
    .findLast((line) => line.startsWith("CN="))
    ?.slice(3) ?? "";

/** What GetSSLCerts answers: metadata only, never the key or the PEM bodies. */
const view = (c: SandboxSslCert) => ({
  id: c.id,
  domains: c.domains,
  issuedBy: c.issuedBy,
  commonName: c.commonName,
  expiresAt: c.expiresAt,
  sslType: "CUSTOM",
});

/** environment/control/editenvsettings: only `settings.sslstate` is modelled. */
export function editEnvSettings(call: PlatformCall): PlatformReply {
  const environment = requireOwnedEnv(call);
  if (!isEnv(environment)) return environment;
  let settings: unknown;
  try {
    settings = JSON.parse(call.params.settings ?? "");
  } catch {
    return fail(Code.UNKNOWN, "parameter [settings] is not valid JSON");
  }
  const sslstate = (settings as { sslstate?: unknown } | null)?.sslstate;
  if (typeof sslstate === "boolean")
    call.deps.store.update(() => (environment.sslstate = sslstate));
  return ok();
}

/** environment/binder/addsslcert: the platform parses the certificate and checks the key. */
export function addSslCert(call: PlatformCall): PlatformReply {
  const environment = requireOwnedEnv(call);
  if (!isEnv(environment)) return environment;
  const { cert = "", key = "", interm = "" } = call.params;
  let parsed: X509Certificate;
  try {
    parsed = new X509Certificate(cert);
    if (!parsed.checkPrivateKey(createPrivateKey(key))) throw new Error("mismatch");
  } catch {
    return fail(Code.UNKNOWN, "invalid certificate or private key");
  }
  const all = call.deps.store.state.platform.envs.flatMap((e) => e.sslCerts ?? []);
  const record: SandboxSslCert = {
    id: Math.max(0, ...all.map((c) => c.id)) + 1,
    commonName: cnOf(parsed.subject),
    domains: (parsed.subjectAltName ?? "")
      .split(", ")
      .filter((entry) => entry.startsWith("DNS:"))
      .map((entry) => entry.slice(4)),
    issuedBy: cnOf(parsed.issuer),
    expiresAt: platformDate(parsed.validToDate),
    cert,
    key,
    interm,
    bound: false,
  };
  call.deps.store.update(() => {
    environment.sslCerts = [...(environment.sslCerts ?? []), record];
  });
  return ok({ sslCert: view(record) });
}

/** environment/binder/bindsslcert: one custom certificate is served per environment. */
export function bindSslCert(call: PlatformCall): PlatformReply {
  const environment = requireOwnedEnv(call);
  if (!isEnv(environment)) return environment;
  const id = Number(call.params.certId);
  const certs = environment.sslCerts ?? [];
  if (!certs.some((c) => c.id === id)) return fail(5, `certificate [${id}] not found`);
  call.deps.store.update(() => {
    for (const c of certs) c.bound = c.id === id;
  });
  return ok();
}

/** environment/binder/getsslcerts: the environment's bound certificates. */
export function getSslCerts(call: PlatformCall): PlatformReply {
  const environment = requireOwnedEnv(call);
  if (!isEnv(environment)) return environment;
  return ok({ array: (environment.sslCerts ?? []).filter((c) => c.bound).map(view) });
}

/** environment/binder/removesslcerts: `ids` is a comma-separated list or "*". */
export function removeSslCerts(call: PlatformCall): PlatformReply {
  const environment = requireOwnedEnv(call);
  if (!isEnv(environment)) return environment;
  const raw = (call.params.ids ?? "").trim();
  const ids = new Set(raw.split(",").map(Number));
  call.deps.store.update(() => {
    environment.sslCerts = (environment.sslCerts ?? []).filter(
      (c) => raw !== "*" && !ids.has(c.id),
    );
  });
  return ok();
}
