import { validFrom, validTo } from "./validity";
import type { X509Certificate } from "node:crypto";

export type CertificateSummary = {
  subjectCommonName: string | null;
  /** DNS names only: the platform binds certificates to domains, not IP addresses. */
  subjectAltNames: string[];
  /** Issuer distinguished name on one line, RFC 4514 escapes kept: "O=Acme\, Inc., CN=R11". */
  issuer: string;
  issuerCommonName: string | null;
  /** ISO 8601 (UTC), so the summary survives JSON and server-action serialization unchanged. */
  validFrom: string;
  validTo: string;
  /** Colon-separated upper-case hex, as browsers and `openssl x509 -fingerprint -sha256` show it. */
  fingerprintSha256: string;
  selfSigned: boolean;
};

export function summarize(certificate: X509Certificate): CertificateSummary {
  const subject = distinguishedName(certificate.subject);
  const issuer = distinguishedName(certificate.issuer);
  return {
    subjectCommonName: lastValue(subject, "CN"),
    subjectAltNames: dnsNames(certificate.subjectAltName),
    issuer: issuer.map(([key, value]) => `${key}=${value}`).join(", "),
    issuerCommonName: lastValue(issuer, "CN"),
    validFrom: validFrom(certificate).toISOString(),
    validTo: validTo(certificate).toISOString(),
    fingerprintSha256: certificate.fingerprint256,
    selfSigned: issues(certificate, certificate),
  };
}

/**
 * Names (and key identifiers) match and the signature verifies: names alone can be forged by anyone.
 * Note Node's direction: `subject.checkIssued(issuer)` asks "was I issued by issuer?".
 */
export function issues(issuer: X509Certificate, subject: X509Certificate): boolean {
  try {
    return subject.checkIssued(issuer) && subject.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

/** Node prints one "KEY=value" per line, values escaped as in RFC 4514 ("Acme\, Inc."). */
function distinguishedName(text: string): [string, string][] {
  return text
    .split("\n")
    .filter((line) => line.includes("="))
    .map((line) => {
      const at = line.indexOf("=");
      return [line.slice(0, at), line.slice(at + 1)];
    });
}

/** A single attribute is shown on its own, so its escapes go. */
function lastValue(name: [string, string][], key: string): string | null {
  const value = name.findLast(([k]) => k === key)?.[1];
  return value === undefined ? null : value.replace(/\\(.)/g, "$1");
}

/** Node JSON-quotes SAN values holding separators (CVE-2021-44533); those are decoded. */
const SAN_ENTRY = /(?:^|, )([A-Za-z ]+):("(?:[^"\\]|\\.)*"|[^,]*)/g;

function dnsNames(subjectAltName: string | undefined): string[] {
  if (!subjectAltName) return [];
  return [...subjectAltName.matchAll(SAN_ENTRY)]
    .filter(([, kind]) => kind === "DNS")
    .map(([, , value = ""]) => unquote(value));
}

function unquote(value: string): string {
  if (!value.startsWith('"')) return value;
  try {
    const decoded: unknown = JSON.parse(value);
    return typeof decoded === "string" ? decoded : value;
  } catch {
    return value;
  }
}
