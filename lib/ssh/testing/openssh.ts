import { type KeyObject } from "node:crypto";

/**
 * Test support: OpenSSH wire encoding of Node key objects, so tests can build real keys with
 * `generateKeyPairSync` (and malformed ones by hand) without shelling out to ssh-keygen.
 */
export function sshString(value: Uint8Array | string): Buffer {
  const bytes = typeof value === "string" ? Buffer.from(value, "latin1") : Buffer.from(value);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** Positive mpint: a leading zero byte when the high bit is set, as OpenSSH writes it. */
export function sshMpint(magnitude: Uint8Array): Buffer {
  const first = magnitude[0] ?? 0;
  return sshString(first & 0x80 ? Buffer.concat([Buffer.from([0]), magnitude]) : magnitude);
}

const CURVE_NAMES: Record<string, string> = {
  "P-256": "nistp256",
  "P-384": "nistp384",
  "P-521": "nistp521",
};

export function publicKeyBlob(key: KeyObject): Buffer {
  const jwk = key.export({ format: "jwk" });
  const bytes = (value: string | undefined) => Buffer.from(value ?? "", "base64url");
  if (jwk.kty === "OKP" && jwk.crv === "Ed25519") {
    return Buffer.concat([sshString("ssh-ed25519"), sshString(bytes(jwk.x))]);
  }
  if (jwk.kty === "EC") {
    const curve = CURVE_NAMES[jwk.crv ?? ""];
    if (!curve) throw new Error(`unsupported curve ${jwk.crv}`);
    const point = Buffer.concat([Buffer.from([4]), bytes(jwk.x), bytes(jwk.y)]);
    return Buffer.concat([sshString(`ecdsa-sha2-${curve}`), sshString(curve), sshString(point)]);
  }
  if (jwk.kty === "RSA") {
    return Buffer.concat([sshString("ssh-rsa"), sshMpint(bytes(jwk.e)), sshMpint(bytes(jwk.n))]);
  }
  throw new Error(`unsupported key type ${jwk.kty}`);
}

/** `type base64 [comment]`, the line `ssh-keygen` writes to a .pub file. */
export function toOpenSshLine(key: KeyObject, comment?: string): string {
  const blob = publicKeyBlob(key);
  const type = blob.subarray(4, 4 + blob.readUInt32BE(0)).toString("latin1");
  return [type, blob.toString("base64"), comment].filter(Boolean).join(" ");
}
