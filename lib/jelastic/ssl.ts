import type { JelasticTransport } from "./client";
import { emptySchema } from "./schemas";
import { addSslCertSchema, sslCertsSchema, type RawSslCert } from "./schemas-domains";
import { parsePlatformDate } from "./transform";
import type { CustomCertificateUpload, SslCertificate, SslCertificateKind } from "./types-domains";

/**
 * SSL uses the 8.x multi-certificate flow (AddSSLCert → BindSSLCert, GetSSLCerts, RemoveSSLCerts)
 * rather than the legacy BindSSL/GetSSL: GetSSL answers with the stored private key (`certKey`) on
 * every read, whereas GetSSLCerts returns metadata only, so the key crosses the wire once, on upload.
 */

const KINDS: Record<string, SslCertificateKind> = { CUSTOM: "custom", LETSENCRYPT: "letsencrypt" };

export function toSslCertificate(raw: RawSslCert): SslCertificate {
  return {
    id: raw.id,
    commonName: raw.commonName ?? null,
    domains: raw.domains,
    issuedBy: raw.issuedBy ?? null,
    expiresAt: parsePlatformDate(raw.expiresAt),
    kind: KINDS[(raw.sslType ?? "").toUpperCase()] ?? "unknown",
  };
}

/** Built-in ("Jelastic") SSL is an environment setting: EditEnvSettings `settings.sslstate`. */
export function setBuiltInSsl(
  transport: JelasticTransport,
  session: string,
  envName: string,
  enabled: boolean,
): Promise<void> {
  return transport.call(
    "environment/control/EditEnvSettings",
    { envName, settings: { sslstate: enabled } },
    emptySchema,
    () => undefined,
    { session, idempotent: false },
  );
}

export function getSslCerts(
  transport: JelasticTransport,
  session: string,
  envName: string,
): Promise<SslCertificate[]> {
  return transport.call(
    "environment/binder/GetSSLCerts",
    { envName },
    sslCertsSchema,
    (raw) => (raw.array ?? []).map(toSslCertificate),
    { session, idempotent: true },
  );
}

/** Uploads a certificate; the key and chain are secrets for the logs as well. */
export function addSslCert(
  transport: JelasticTransport,
  session: string,
  envName: string,
  upload: CustomCertificateUpload,
): Promise<SslCertificate> {
  return transport.call(
    "environment/binder/AddSSLCert",
    { envName, key: upload.privateKeyPem, cert: upload.certificatePem, interm: upload.chainPem },
    addSslCertSchema,
    (raw) => toSslCertificate(raw.sslCert),
    { session, idempotent: false, secrets: [upload.privateKeyPem] },
  );
}

/** Serves an uploaded certificate on the environment's own entry point. */
export function bindSslCert(
  transport: JelasticTransport,
  session: string,
  envName: string,
  certId: number,
): Promise<void> {
  return transport.call(
    "environment/binder/BindSSLCert",
    { envName, certId, entryPoint: "ENV" },
    emptySchema,
    () => undefined,
    { session, idempotent: false },
  );
}

export function removeSslCerts(
  transport: JelasticTransport,
  session: string,
  envName: string,
  ids: readonly number[],
): Promise<void> {
  return transport.call(
    "environment/binder/RemoveSSLCerts",
    { envName, ids: ids.join(",") },
    emptySchema,
    () => undefined,
    { session, idempotent: false },
  );
}

/**
 * Upload then bind. When binding fails the uploaded certificate is removed again (best effort), so a
 * failed attempt does not leave an orphan certificate holding the key on the platform.
 */
export async function installCustomCertificate(
  transport: JelasticTransport,
  session: string,
  envName: string,
  upload: CustomCertificateUpload,
): Promise<SslCertificate> {
  const certificate = await addSslCert(transport, session, envName, upload);
  try {
    await bindSslCert(transport, session, envName, certificate.id);
  } catch (error) {
    await removeSslCerts(transport, session, envName, [certificate.id]).catch(() => undefined);
    throw error;
  }
  return certificate;
}
