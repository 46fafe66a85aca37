import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parsePublicKey } from "./parse-public-key";
import { toOpenSshLine } from "./testing/openssh";

/** Cross-checks against the real tool when this machine has it; the fixtures cover the rest. */
const hasSshKeygen = (() => {
  try {
    execFileSync("ssh-keygen", ["-?"], { stdio: "ignore" });
    return true;
  } catch (error) {
    // `ssh-keygen -?` prints usage and exits 1; only a missing binary is ENOENT.
    return (error as NodeJS.ErrnoException).code !== "ENOENT";
  }
})();

describe.skipIf(!hasSshKeygen)("against ssh-keygen", () => {
  const dir = mkdtempSync(join(tmpdir(), "portal-ssh-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const keygen = (...args: string[]) => execFileSync("ssh-keygen", args, { encoding: "utf8" });
  /** `ssh-keygen -lf` prints "<bits> SHA256:<hash> <comment> (<TYPE>)". */
  const listed = (path: string) => {
    const [bits, fingerprint] = keygen("-lf", path).split(" ");
    return { bits: Number(bits), fingerprint };
  };

  it.each([
    ["ed25519", [], false],
    ["ecdsa", ["-b", "384"], true],
    ["rsa", ["-b", "3072"], true],
  ] as const)("reads keys ssh-keygen makes (%s)", (type, extra, exportsPem) => {
    const path = join(dir, `made-${type}`);
    keygen("-q", "-t", type, ...extra, "-N", "", "-C", "made@test", "-f", path);
    const result = parsePublicKey(readFileSync(`${path}.pub`, "utf8"));
    expect(result).toMatchObject({
      ok: true,
      key: { ...listed(`${path}.pub`), comment: "made@test" },
    });
    expect(parsePublicKey(readFileSync(path, "utf8"))).toEqual({
      ok: false,
      reason: "private_key",
    });
    const rfc4716 = keygen("-e", "-f", `${path}.pub`);
    expect(parsePublicKey(rfc4716)).toEqual({ ok: false, reason: "ssh2_format" });
    // OpenSSH cannot write Ed25519 keys as PKCS#8.
    if (exportsPem) {
      const pem = keygen("-e", "-m", "PKCS8", "-f", `${path}.pub`);
      expect(parsePublicKey(pem)).toEqual({ ok: false, reason: "pem_format" });
    }
  });

  it.each([
    ["ed25519", generateKeyPairSync("ed25519").publicKey],
    ["P-521", generateKeyPairSync("ec", { namedCurve: "P-521" }).publicKey],
    ["RSA", generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey],
  ] as const)("agrees on bits and fingerprint of a generated %s key", (name, publicKey) => {
    const path = join(dir, `generated-${name}.pub`);
    const text = toOpenSshLine(publicKey, "generated@test");
    writeFileSync(path, `${text}\n`);
    expect(parsePublicKey(text)).toMatchObject({ ok: true, key: listed(path) });
  });
});
