import "server-only";
import { type SslCertificate } from "@/lib/jelastic";
import {
  inspectCertificateBundle,
  type CertificateBundle,
  type CertificateSummary,
  type TlsRejection,
} from "@/lib/tls";
import {
  changeOwnedEnvironment,
  readOwnedEnvironment,
  type ChangeResult,
} from "./environment-access";
import { upstreams } from "./upstreams";

/** Dates as ISO strings so the DTO crosses the server/client boundary unchanged. */
export type InstalledCertificate = Omit<SslCertificate, "expiresAt"> & { expiresAt: string | null };

export type EnvironmentSsl = {
  name: string;
  displayName: string;
  domain: string;
  builtInSsl: boolean;
  certificate: InstalledCertificate | null;
};

const toInstalled = (c: SslCertificate): InstalledCertificate => ({
  ...c,
  expiresAt: c.expiresAt?.toISOString() ?? null,
});

export function getEnvironmentSsl(envName: string): Promise<EnvironmentSsl | null> {
  return readOwnedEnvironment(envName, async ({ session, env }) => {
    const certs = await upstreams().jelastic.getSslCerts(session, env.name);
    const custom = certs.find((c) => c.kind === "custom") ?? certs[0];
    return {
      name: env.name,
      displayName: env.displayName,
      domain: env.domain,
      builtInSsl: env.sslEnabled,
      certificate: custom ? toInstalled(custom) : null,
    };
  });
}

export function setBuiltInSsl(envName: string, enabled: boolean): Promise<ChangeResult<boolean>> {
  return changeOwnedEnvironment<boolean>({
    envName,
    action: enabled ? "environment.ssl.builtin_enable" : "environment.ssl.builtin_disable",
    run: async ({ session, env }) => {
      await upstreams().jelastic.setBuiltInSsl(session, env.name, enabled);
      return { ok: true, value: enabled };
    },
  });
}

export type UploadOutcome =
  | ChangeResult<CertificateSummary>
  | { ok: false; reason: "certificate"; rejection: TlsRejection; chainIndex?: number };

/**
 * Checks the bundle locally first (the platform's own errors are vague), then installs it and
 * removes the certificate it replaces, so one custom certificate is served at a time.
 */
export async function uploadCustomCertificate(
  envName: string,
  bundle: CertificateBundle,
): Promise<UploadOutcome> {
  const inspected = inspectCertificateBundle(bundle, new Date());
  if (!inspected.ok) {
    const rejected = await changeOwnedEnvironment<never>({
      envName,
      action: "environment.ssl.custom_upload",
      details: { rejected: inspected.reason },
      run: async () => ({ ok: false, reason: "invalid" }),
    });
    if (!rejected.ok && rejected.reason === "not_found") return rejected;
    return {
      ok: false,
      reason: "certificate",
      rejection: inspected.reason,
      chainIndex: inspected.chainIndex,
    };
  }
  return changeOwnedEnvironment<CertificateSummary>({
    envName,
    action: "environment.ssl.custom_upload",
    details: { fingerprint: inspected.certificate.fingerprintSha256 },
    run: async ({ session, env }) => {
      const { jelastic } = upstreams();
      const previous = await jelastic.getSslCerts(session, env.name);
      const installed = await jelastic.installCustomCertificate(session, env.name, {
        certificatePem: bundle.certificatePem,
        privateKeyPem: bundle.privateKeyPem,
        ...(bundle.chainPem?.trim() ? { chainPem: bundle.chainPem } : {}),
      });
      const stale = previous.map((c) => c.id).filter((id) => id !== installed.id);
      if (stale.length > 0) await jelastic.removeSslCerts(session, env.name, stale);
      return { ok: true, value: inspected.certificate };
    },
  });
}

export function removeCustomCertificate(
  envName: string,
  certificateId: number,
): Promise<ChangeResult<null>> {
  return changeOwnedEnvironment<null>({
    envName,
    action: "environment.ssl.custom_remove",
    details: { certificateId },
    run: async ({ session, env }) => {
      await upstreams().jelastic.removeSslCerts(session, env.name, [certificateId]);
      return { ok: true, value: null };
    },
  });
}
