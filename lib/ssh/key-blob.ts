import { createPublicKey } from "node:crypto";
import { bitLength, WireReader } from "./wire";

export const SUPPORTED_KEY_TYPES = [
  "ssh-ed25519",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
  "ssh-rsa",
] as const;
export type SshKeyType = (typeof SUPPORTED_KEY_TYPES)[number];

/** Below this an RSA key is breakable in practice; OpenSSH itself refuses < 1024. */
export const MIN_RSA_BITS = 2048;
/** OpenSSH's own ceiling (SSHBUF_MAX_BIGNUM); larger moduli would be refused by the platform's sshd. */
export const MAX_RSA_BITS = 16384;

export type BlobProblem = "type_mismatch" | "curve_mismatch" | "invalid_key" | "rsa_too_short";
export type BlobResult = { ok: true; bits: number } | { ok: false; reason: BlobProblem };

const CURVES = {
  nistp256: { jwk: "P-256", bytes: 32, bits: 256 },
  nistp384: { jwk: "P-384", bytes: 48, bits: 384 },
  nistp521: { jwk: "P-521", bytes: 66, bits: 521 },
} as const;

/**
 * Checks a decoded blob against the type named in front of it, the way sshd would read it.
 * Throws TruncatedBlobError (from the reader) when a field runs past the end.
 */
export function inspectBlob(type: SshKeyType, blob: Uint8Array): BlobResult {
  const reader = new WireReader(blob);
  if (reader.text() !== type) return { ok: false, reason: "type_mismatch" };
  const result =
    type === "ssh-ed25519"
      ? ed25519(reader)
      : type === "ssh-rsa"
        ? rsa(reader)
        : ecdsa(reader, type.slice("ecdsa-sha2-".length) as keyof typeof CURVES);
  // sshd rejects trailing bytes too; they usually mean two keys were glued together.
  if (result.ok && !reader.atEnd) return { ok: false, reason: "invalid_key" };
  return result;
}

function ed25519(reader: WireReader): BlobResult {
  return reader.string().length === 32
    ? { ok: true, bits: 256 }
    : { ok: false, reason: "invalid_key" };
}

function ecdsa(reader: WireReader, curveName: keyof typeof CURVES): BlobResult {
  if (reader.text() !== curveName) return { ok: false, reason: "curve_mismatch" };
  const curve = CURVES[curveName];
  const point = reader.string();
  // ssh-keygen writes uncompressed points only: 0x04 || X || Y.
  if (point.length !== 1 + 2 * curve.bytes || point[0] !== 0x04) {
    return { ok: false, reason: "invalid_key" };
  }
  const x = Buffer.from(point.subarray(1, 1 + curve.bytes)).toString("base64url");
  const y = Buffer.from(point.subarray(1 + curve.bytes)).toString("base64url");
  try {
    // OpenSSL refuses points that are not on the curve, which a hand check would have to redo.
    createPublicKey({ key: { kty: "EC", crv: curve.jwk, x, y }, format: "jwk" });
  } catch {
    return { ok: false, reason: "invalid_key" };
  }
  return { ok: true, bits: curve.bits };
}

function rsa(reader: WireReader): BlobResult {
  const exponent = reader.positiveMpint();
  const modulus = reader.positiveMpint();
  if (!exponent || !modulus) return { ok: false, reason: "invalid_key" };
  const odd = (n: Uint8Array) => ((n[n.length - 1] ?? 0) & 1) === 1;
  // e odd and ≥ 3, n odd (a product of odd primes); OpenSSL caps public exponents at 64 bits.
  if (!odd(exponent) || bitLength(exponent) < 2 || exponent.length > 8 || !odd(modulus)) {
    return { ok: false, reason: "invalid_key" };
  }
  const bits = bitLength(modulus);
  if (bits > MAX_RSA_BITS) return { ok: false, reason: "invalid_key" };
  if (bits < MIN_RSA_BITS) return { ok: false, reason: "rsa_too_short" };
  return { ok: true, bits };
}
