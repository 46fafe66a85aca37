import { createPrivateKey, X509Certificate, type KeyObject } from "node:crypto";
import { CERTIFICATE_LABELS, IGNORED_LABELS, pemBlocks, PRIVATE_KEY_LABELS } from "./pem";

/** 64 KiB per field holds a certificate with a long chain many times over. */
export const MAX_PEM_LENGTH = 64 * 1024;

type CommonProblem = "missing" | "too_large" | "not_pem" | "invalid";
export type CertificateProblem = CommonProblem | "not_certificate";
export type KeyProblem =
  | CommonProblem
  | "not_private_key"
  | "encrypted"
  | "unsupported_format"
  | "multiple"
  | "unexpected_block";

type Failure<P> = { ok: false; problem: P; index?: number };
export type Read<T, P> = { ok: true; value: T } | Failure<P>;

function fail<P>(problem: P, index?: number): Failure<P> {
  return index === undefined ? { ok: false, problem } : { ok: false, problem, index };
}

/** Every block must be a certificate; `index` points at the first that is not, or does not parse. */
export function readCertificates(text: string): Read<X509Certificate[], CertificateProblem> {
  if (text.trim() === "") return fail("missing");
  if (text.length > MAX_PEM_LENGTH) return fail("too_large");
  const blocks = pemBlocks(text);
  if (blocks.length === 0) return fail("not_pem");
  const certificates: X509Certificate[] = [];
  for (const [index, block] of blocks.entries()) {
    if (!CERTIFICATE_LABELS.has(block.label)) return fail("not_certificate", index);
    try {
      certificates.push(new X509Certificate(block.pem));
    } catch {
      return fail("invalid", index);
    }
  }
  return { ok: true, value: certificates };
}

/**
 * Exactly one unencrypted private key (PKCS#8, PKCS#1 or SEC1) and nothing else but EC parameters:
 * the field is forwarded to the platform as pasted, so a certificate riding along is refused too.
 */
export function readPrivateKey(text: string): Read<KeyObject, KeyProblem> {
  if (text.trim() === "") return fail("missing");
  if (text.length > MAX_PEM_LENGTH) return fail("too_large");
  const blocks = pemBlocks(text).filter((block) => !IGNORED_LABELS.has(block.label));
  if (blocks.length === 0) return fail("not_pem");
  // The platform stores the key as given and cannot ask for a passphrase, so say why it fails.
  if (blocks.some((b) => b.label === "ENCRYPTED PRIVATE KEY" || b.encrypted))
    return fail("encrypted");
  if (blocks.some((b) => b.label === "OPENSSH PRIVATE KEY")) return fail("unsupported_format");
  const keys = blocks.filter((block) => PRIVATE_KEY_LABELS.has(block.label));
  const [key] = keys;
  if (!key) return fail("not_private_key");
  if (keys.length > 1) return fail("multiple");
  if (blocks.length > 1) return fail("unexpected_block");
  try {
    return { ok: true, value: createPrivateKey(key.pem) };
  } catch {
    return fail("invalid");
  }
}
