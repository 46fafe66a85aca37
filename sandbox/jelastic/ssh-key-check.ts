/**
 * The sandbox's own, deliberately simple check of an OpenSSH public key line, independent of the
 * portal's lib/ssh so that the two can disagree in tests: a known type, canonical base64 and a blob
 * that names the same type. Returns the blob (key material without the comment) or null.
 */
const TYPES = new Set([
  "ssh-ed25519",
  "ssh-rsa",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
  "sk-ssh-ed25519@openssh.com",
  "sk-ecdsa-sha2-nistp256@openssh.com",
]);

export function keyMaterial(line: string): string | null {
  const [type = "", data = ""] = line.trim().split(/\s+/);
  if (!TYPES.has(type)) return null;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(data)) return null;
  const blob = Buffer.from(data, "base64");
  if (blob.toString("base64") !== data || blob.length < 4) return null;
  const length = blob.readUInt32BE(0);
  if (blob.subarray(4, 4 + length).toString("latin1") !== type) return null;
  return data;
}
