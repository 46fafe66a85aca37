import { createHash, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import known from "./__fixtures__/known-keys.json";
import { parsePublicKey, type SshKeyRejection } from "./parse-public-key";
import { publicKeyBlob, sshMpint, sshString, toOpenSshLine } from "./testing/openssh";

const ed25519 = generateKeyPairSync("ed25519");
const p256 = generateKeyPairSync("ec", { namedCurve: "P-256" });
const rsa2048 = generateKeyPairSync("rsa", { modulusLength: 2048 });
const edLine = toOpenSshLine(ed25519.publicKey, "dev@laptop");
const edBlob = publicKeyBlob(ed25519.publicKey);
const line = (type: string, ...parts: Buffer[]) =>
  `${type} ${Buffer.concat(parts).toString("base64")}`;
const rejects = (text: string, reason: SshKeyRejection) =>
  expect(parsePublicKey(text)).toEqual({ ok: false, reason });

describe("parsePublicKey accepts", () => {
  const acceptable = known.keys.filter((k) => k.type !== "ssh-dss" && k.bits !== 1024);
  it.each(acceptable)(
    "the ssh-keygen fixture $type $bits with its fingerprint",
    ({ line, type, bits, fingerprint }) => {
      const result = parsePublicKey(line);
      expect(result).toEqual({
        ok: true,
        key: {
          type,
          bits,
          fingerprint,
          comment: expect.stringMatching(/@portal\.test$/),
          normalized: line,
        },
      });
    },
  );

  it.each([
    ["ssh-ed25519", ed25519.publicKey, 256],
    ["ecdsa-sha2-nistp256", p256.publicKey, 256],
    ["ecdsa-sha2-nistp384", generateKeyPairSync("ec", { namedCurve: "P-384" }).publicKey, 384],
    ["ecdsa-sha2-nistp521", generateKeyPairSync("ec", { namedCurve: "P-521" }).publicKey, 521],
    ["ssh-rsa", rsa2048.publicKey, 2048],
  ] as const)("a generated %s key", (type, publicKey, bits) => {
    const result = parsePublicKey(toOpenSshLine(publicKey));
    const digest = createHash("sha256").update(publicKeyBlob(publicKey)).digest("base64");
    expect(result).toMatchObject({
      ok: true,
      key: { type, bits, comment: null, fingerprint: `SHA256:${digest.replace(/=+$/, "")}` },
    });
  });

  it("normalizes whitespace, line endings, a BOM and a spaced comment", () => {
    const [type, data] = edLine.split(" ");
    const result = parsePublicKey(`\uFEFF  ${type}\t ${data}   my  laptop\tkey \r\n\n`);
    expect(result).toMatchObject({
      ok: true,
      key: { comment: "my laptop key", normalized: `${type} ${data} my laptop key` },
    });
  });
});

describe("parsePublicKey rejects", () => {
  it.each(["", "   \n\t", "# only a comment\n"])("empty input %j", (text) =>
    rejects(text, "empty"),
  );

  it("input longer than any key", () => rejects(`${edLine} ${"x".repeat(17_000)}`, "too_long"));

  it.each([
    ["PKCS#8", ed25519.privateKey.export({ type: "pkcs8", format: "pem" }).toString()],
    ["PKCS#1", rsa2048.privateKey.export({ type: "pkcs1", format: "pem" }).toString()],
    ["SEC1", p256.privateKey.export({ type: "sec1", format: "pem" }).toString()],
    [
      "OpenSSH",
      "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----",
    ],
    ["PuTTY", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: me\nPublic-Lines: 2"],
    ["next to a public key", `${edLine}\n-----BEGIN RSA PRIVATE KEY-----\nMIIE\n`],
  ])("a %s private key", (_name, text) => rejects(text, "private_key"));

  it("a PEM public key, naming the format", () => {
    rejects(ed25519.publicKey.export({ type: "spki", format: "pem" }).toString(), "pem_format");
    rejects(rsa2048.publicKey.export({ type: "pkcs1", format: "pem" }).toString(), "pem_format");
  });

  it("an RFC 4716 (SSH2 / PuTTY) public key, naming the format", () => {
    const body = edBlob
      .toString("base64")
      .match(/.{1,70}/g)
      ?.join("\n");
    rejects(
      `---- BEGIN SSH2 PUBLIC KEY ----\nComment: "me"\n${body}\n---- END SSH2 PUBLIC KEY ----`,
      "ssh2_format",
    );
  });

  it("several keys, or one key broken over lines", () => {
    rejects(`${edLine}\n${toOpenSshLine(rsa2048.publicKey)}`, "multiple_keys");
    rejects(`${edLine.slice(0, 40)}\n${edLine.slice(40)}`, "line_break");
  });

  it.each([
    `from="10.0.0.1" ${edLine}`,
    `command="echo hi",no-pty ${edLine}`,
    `restrict ${toOpenSshLine(rsa2048.publicKey)}`,
  ])("an authorized_keys options prefix: %s", (text) => rejects(text, "options_prefix"));

  it("base64 without the type, and text that is no key", () => {
    rejects(edBlob.toString("base64"), "missing_type");
    rejects("hello world", "not_openssh");
  });

  it.each([
    known.keys.find((k) => k.type === "ssh-dss")?.line ?? "",
    line("sk-ssh-ed25519@openssh.com", sshString("sk-ssh-ed25519@openssh.com")),
    line("ssh-ed25519-cert-v01@openssh.com", sshString("ssh-ed25519-cert-v01@openssh.com")),
  ])("an unsupported type: %s", (text) => rejects(text, "unsupported_type"));

  it("RSA keys shorter than 2048 bits", () => {
    rejects(
      known.keys.find((k) => k.bits === 1024 && k.type === "ssh-rsa")?.line ?? "",
      "rsa_too_short",
    );
    const rsa1024 = generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey;
    rejects(toOpenSshLine(rsa1024), "rsa_too_short");
  });

  it.each([
    ["a character outside base64", edLine.replace("AAAA", "AA!A")],
    ["missing padding", toOpenSshLine(p256.publicKey).replace(/=+$/, "")],
    ["padding in the middle", edLine.replace("AAAA", "AA==")],
  ])("malformed base64: %s", (_name, text) => rejects(text, "malformed_base64"));

  it("a blob cut off, or a type with no data", () => {
    const data = toOpenSshLine(rsa2048.publicKey).split(" ")[1] ?? "";
    rejects(`ssh-rsa ${data.slice(0, 200)}`, "truncated");
    rejects("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB", "truncated");
    rejects("ssh-ed25519", "truncated");
  });

  it("a blob of another type than its prefix", () => {
    rejects(`ssh-rsa ${edBlob.toString("base64")}`, "type_mismatch");
  });

  it("an ECDSA blob naming another curve", () => {
    const point = publicKeyBlob(p256.publicKey).subarray(-65);
    rejects(
      line(
        "ecdsa-sha2-nistp384",
        sshString("ecdsa-sha2-nistp384"),
        sshString("nistp256"),
        sshString(point),
      ),
      "curve_mismatch",
    );
  });

  it.each([
    [
      "a short Ed25519 key",
      line("ssh-ed25519", sshString("ssh-ed25519"), sshString(Buffer.alloc(31, 1))),
    ],
    ["trailing bytes", line("ssh-ed25519", edBlob, sshString("x"))],
    ["an EC point off the curve", ecLine((point) => (point[64] = (point[64] ?? 0) ^ 1))],
    ["a compressed EC point", ecLine((point) => (point[0] = 2))],
    ["an even RSA exponent", rsaLine(Buffer.from([1, 0, 0]))],
    ["a negative RSA modulus", rsaLine(Buffer.from([1, 0, 1]), Buffer.from([0x80]))],
  ])("an invalid key: %s", (_name, text) => rejects(text, "invalid_key"));

  it("a comment with control characters", () => rejects(`${edLine}\u0007`, "invalid_comment"));
});

function ecLine(tamper: (point: Buffer) => void): string {
  const blob = Buffer.from(publicKeyBlob(p256.publicKey));
  tamper(blob.subarray(blob.length - 65));
  return line("ecdsa-sha2-nistp256", blob);
}

/** `prefix` goes in front of the modulus bytes as-is, e.g. 0x80 to make the mpint negative. */
function rsaLine(exponent: Buffer, prefix?: Buffer): string {
  const n = Buffer.from(rsa2048.publicKey.export({ format: "jwk" }).n ?? "", "base64url");
  const modulus = prefix ? sshString(Buffer.concat([prefix, n])) : sshMpint(n);
  return line("ssh-rsa", sshString("ssh-rsa"), sshMpint(exponent), modulus);
}
