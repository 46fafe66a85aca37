import { validFrom, validTo } from "./validity";
import type { KeyObject, X509Certificate } from "node:crypto";
import {
  readCertificates,
  readPrivateKey,
  type CertificateProblem,
  type KeyProblem,
} from "./read-pem";
import { issues, summarize, type CertificateSummary } from "./summary";

export type CertificateBundle = {
  /** The server certificate; further certificates after it (a pasted fullchain) start the chain. */
  certificatePem: string;
  privateKeyPem: string;
  /** Intermediates, leaf-most first, each issuing the one before. */
  chainPem?: string;
};

/** Codes, not messages: the UI translates them. */
export type TlsRejection =
  | `certificate_${CertificateProblem}`
  | `key_${KeyProblem}`
  | `chain_${Exclude<CertificateProblem, "missing">}`
  | "key_mismatch"
  | "not_yet_valid"
  | "expired"
  | "chain_broken"
  | "chain_not_ca"
  /** A chain certificate outside its validity period, whether expired or not yet valid. */
  | "chain_expired";

export type InspectBundleResult =
  | { ok: true; certificate: CertificateSummary; chainLength: number }
  /** `chainIndex` counts chain certificates from 0, those pasted after the leaf first. */
  | { ok: false; reason: TlsRejection; chainIndex?: number };

const reject = (reason: TlsRejection, chainIndex?: number): InspectBundleResult =>
  chainIndex === undefined ? { ok: false, reason } : { ok: false, reason, chainIndex };

/**
 * Checks a custom SSL bundle before it is sent to the platform (BindSSL / AddSSLCert, reference
 * §2.4), whose own errors are far less specific. It does not check trust in a root store: hosters'
 * customers may use private CAs, and the platform serves whatever chain it is given.
 */
export function inspectCertificateBundle(
  bundle: CertificateBundle,
  now: Date,
): InspectBundleResult {
  const certificates = readCertificates(bundle.certificatePem);
  if (!certificates.ok) return reject(`certificate_${certificates.problem}`);
  const key = readPrivateKey(bundle.privateKeyPem);
  if (!key.ok) return reject(`key_${key.problem}`);
  const [leaf, ...pastedChain] = certificates.value;
  if (!leaf) return reject("certificate_missing");

  // An empty chain field is simply no chain: many certificates are issued straight by a root.
  const extra = readCertificates(bundle.chainPem ?? "");
  if (!extra.ok && extra.problem !== "missing") {
    return reject(`chain_${extra.problem}`, (extra.index ?? 0) + pastedChain.length);
  }
  const chain = extra.ok ? [...pastedChain, ...extra.value] : pastedChain;

  if (!matches(leaf, key.value)) return reject("key_mismatch");
  if (now < validFrom(leaf)) return reject("not_yet_valid");
  if (now > validTo(leaf)) return reject("expired");

  let subject = leaf;
  for (const [index, issuer] of chain.entries()) {
    if (!issues(issuer, subject)) return reject("chain_broken", index);
    if (!issuer.ca) return reject("chain_not_ca", index);
    if (now < validFrom(issuer) || now > validTo(issuer)) return reject("chain_expired", index);
    subject = issuer;
  }
  return { ok: true, certificate: summarize(leaf), chainLength: chain.length };
}

function matches(certificate: X509Certificate, key: KeyObject): boolean {
  try {
    return certificate.checkPrivateKey(key);
  } catch {
    // A key of another algorithm than the certificate's can throw instead of returning false.
    return false;
  }
}
