/**
 * Splits pasted PEM text into its blocks. Customers paste whole files (key + certificate, fullchain,
 * "EC PARAMETERS" before an EC key), so the label of each block decides what it is, not its position.
 */
export type PemBlock = {
  label: string;
  /** The block verbatim, BEGIN to END, as node:crypto expects it. */
  pem: string;
  /** RFC 1421 header of a traditional (PKCS#1 / SEC1) key protected by a passphrase. */
  encrypted: boolean;
};

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

export function pemBlocks(text: string): PemBlock[] {
  return [...text.matchAll(BLOCK)].map(([pem, label = "", body = ""]) => ({
    label,
    pem,
    encrypted: /Proc-Type:\s*4,\s*ENCRYPTED/i.test(body),
  }));
}

export const CERTIFICATE_LABELS = new Set(["CERTIFICATE", "X509 CERTIFICATE"]);
export const PRIVATE_KEY_LABELS = new Set(["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"]);
/** Blocks that legitimately ride along with a key and carry nothing to check. */
export const IGNORED_LABELS = new Set(["EC PARAMETERS"]);
