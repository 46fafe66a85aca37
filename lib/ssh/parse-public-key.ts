import { createHash } from "node:crypto";
import { inspectBlob, SUPPORTED_KEY_TYPES, type BlobProblem, type SshKeyType } from "./key-blob";
import { TruncatedBlobError } from "./wire";

export type SshPublicKey = {
  type: SshKeyType;
  bits: number;
  /** As `ssh-keygen -lf` prints it: "SHA256:" + unpadded base64 of the blob's SHA-256. */
  fingerprint: string;
  comment: string | null;
  /** One line, single spaces, canonical base64: what the platform gets. */
  normalized: string;
};

/** Codes, not messages: the UI translates them. */
export type SshKeyRejection =
  | "empty"
  | "too_long"
  | "private_key"
  | "pem_format"
  | "ssh2_format"
  | "multiple_keys"
  | "line_break"
  | "options_prefix"
  | "missing_type"
  | "not_openssh"
  | "unsupported_type"
  | "malformed_base64"
  | "truncated"
  | "invalid_comment"
  | BlobProblem;

export type ParsePublicKeyResult =
  { ok: true; key: SshPublicKey } | { ok: false; reason: SshKeyRejection };

/** A 16384-bit RSA line is about 2.8 KB; anything far longer is not one key. */
export const MAX_KEY_TEXT_LENGTH = 16 * 1024;

const PRIVATE_KEY =
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----|PuTTY-User-Key-File-|BEGIN SSH2 ENCRYPTED PRIVATE KEY/;
const PEM_PUBLIC_KEY = /-----BEGIN [A-Z0-9 ]*PUBLIC KEY-----/;
const SSH2_PUBLIC_KEY = /---- BEGIN SSH2 PUBLIC KEY ----/;
/** Anything shaped like an OpenSSH algorithm name, supported or not (ssh-dss, sk-…, …-cert-v01@…). */
const TYPE_NAME = /^(?:ssh|ecdsa|sk|x509v3|rsa|pgp)-[A-Za-z0-9@.+-]+$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

const reject = (reason: SshKeyRejection): ParsePublicKeyResult => ({ ok: false, reason });

/** Validates one OpenSSH public key line (`type base64 [comment]`) as pasted by a customer. */
export function parsePublicKey(text: string): ParsePublicKeyResult {
  if (text.length > MAX_KEY_TEXT_LENGTH) return reject("too_long");
  // Checked first and anywhere in the text: a private key must never be echoed back or stored.
  if (PRIVATE_KEY.test(text)) return reject("private_key");
  if (PEM_PUBLIC_KEY.test(text)) return reject("pem_format");
  if (SSH2_PUBLIC_KEY.test(text)) return reject("ssh2_format");

  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  const [line] = lines;
  if (line === undefined) return reject("empty");
  if (lines.length > 1) {
    const keyLines = lines.filter((l) => TYPE_NAME.test(l.split(/[ \t]+/)[0] ?? ""));
    return reject(keyLines.length > 1 ? "multiple_keys" : "line_break");
  }

  const [type = "", data, ...rest] = line.split(/[ \t]+/);
  if (!TYPE_NAME.test(type)) return reject(classifyUntyped(line.split(/[ \t]+/)));
  if (data === undefined) return reject("truncated");
  if (!isSupported(type)) return reject("unsupported_type");
  if (!BASE64.test(data)) return reject("malformed_base64");
  const comment = rest.length > 0 ? rest.join(" ") : null;
  if (comment !== null && CONTROL.test(comment)) return reject("invalid_comment");

  const blob = Buffer.from(data, "base64");
  const inspected = inspectOrTruncated(type, blob);
  if (!inspected.ok) return reject(inspected.reason);
  // Node decodes sloppy base64 silently; only the canonical form (with padding) is accepted.
  if (blob.toString("base64") !== data) return reject("malformed_base64");

  const digest = createHash("sha256").update(blob).digest("base64").replace(/=+$/, "");
  return {
    ok: true,
    key: {
      type,
      bits: inspected.bits,
      fingerprint: `SHA256:${digest}`,
      comment,
      normalized: comment === null ? `${type} ${data}` : `${type} ${data} ${comment}`,
    },
  };
}

function inspectOrTruncated(
  type: SshKeyType,
  blob: Uint8Array,
): ReturnType<typeof inspectBlob> | { ok: false; reason: "truncated" } {
  try {
    return inspectBlob(type, blob);
  } catch (error) {
    if (error instanceof TruncatedBlobError) return { ok: false, reason: "truncated" };
    throw error;
  }
}

function isSupported(type: string): type is SshKeyType {
  return (SUPPORTED_KEY_TYPES as readonly string[]).includes(type);
}

/** A line that does not start with a key type: an authorized_keys options prefix, or base64 alone. */
function classifyUntyped(tokens: string[]): SshKeyRejection {
  const typeAt = tokens.findIndex((token, i) => i > 0 && TYPE_NAME.test(token));
  if (typeAt > 0 && BASE64.test(tokens[typeAt + 1] ?? "")) return "options_prefix";
  const [first = ""] = tokens;
  if (first.startsWith("AAAA") && BASE64.test(first)) return "missing_type";
  return "not_openssh";
}
