import { createPrivateKey, createPublicKey, generateKeyPairSync } from "node:crypto";
import { expect, it } from "vitest";
import {
  inspectCertificateBundle,
  type CertificateBundle,
  type TlsRejection,
} from "../inspect-bundle";
import type { Pki } from "./make-pki";

/** Inside every fixture's validity (2025 – 2035/2036); the real clock must not decide a test. */
export const NOW = new Date("2026-06-01T00:00:00Z");

/**
 * The bundle checks, run once against the committed fixtures and once against a PKI freshly made
 * by openssl when it is installed. `pki` is a getter because the fresh one is made in beforeAll.
 */
export function bundleChecks(pki: () => Pki): void {
  const bundle = (overrides: Partial<CertificateBundle> = {}): CertificateBundle => ({
    certificatePem: pki().leaf,
    privateKeyPem: pki().leafKey,
    chainPem: pki().intermediateCa,
    ...overrides,
  });
  const rejects = (
    input: CertificateBundle,
    reason: TlsRejection,
    now = NOW,
    chainIndex?: number,
  ) =>
    expect(inspectCertificateBundle(input, now)).toEqual(
      chainIndex === undefined ? { ok: false, reason } : { ok: false, reason, chainIndex },
    );

  it("summarizes a valid certificate with its key and chain", () => {
    expect(inspectCertificateBundle(bundle(), NOW)).toEqual({
      ok: true,
      chainLength: 1,
      certificate: {
        subjectCommonName: "shop.example.com",
        subjectAltNames: ["shop.example.com", "www.shop.example.com"],
        issuer: "O=Portal Test, CN=Portal Test Issuing CA",
        issuerCommonName: "Portal Test Issuing CA",
        validFrom: "2025-01-01T00:00:00.000Z",
        validTo: "2036-01-01T00:00:00.000Z",
        fingerprintSha256: expect.stringMatching(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
        selfSigned: false,
      },
    });
  });

  it("accepts a chain up to the root, a pasted fullchain, or no chain", () => {
    const withRoot = bundle({ chainPem: `${pki().intermediateCa}\n${pki().rootCa}` });
    expect(inspectCertificateBundle(withRoot, NOW)).toMatchObject({ ok: true, chainLength: 2 });
    const fullchain = bundle({
      certificatePem: `${pki().leaf}${pki().intermediateCa}`,
      chainPem: "",
    });
    expect(inspectCertificateBundle(fullchain, NOW)).toMatchObject({ ok: true, chainLength: 1 });
    const alone = bundle({ chainPem: undefined });
    expect(inspectCertificateBundle(alone, NOW)).toMatchObject({ ok: true, chainLength: 0 });
  });

  it("recognizes a self-signed certificate", () => {
    const self = bundle({
      certificatePem: pki().selfSigned,
      privateKeyPem: pki().selfSignedKey,
      chainPem: "",
    });
    expect(inspectCertificateBundle(self, NOW)).toMatchObject({
      ok: true,
      certificate: { subjectCommonName: "self.example.com", selfSigned: true },
    });
  });

  it("accepts PKCS#1 and SEC1 keys, with EC parameters in front", () => {
    const pkcs1 = createPrivateKey(pki().leafKey)
      .export({ type: "pkcs1", format: "pem" })
      .toString();
    expect(inspectCertificateBundle(bundle({ privateKeyPem: pkcs1 }), NOW).ok).toBe(true);
    const sec1 = createPrivateKey(pki().selfSignedKey)
      .export({ type: "sec1", format: "pem" })
      .toString();
    const params = "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n";
    const self = { certificatePem: pki().selfSigned, privateKeyPem: params + sec1 };
    expect(inspectCertificateBundle(self, NOW).ok).toBe(true);
  });

  it("rejects a key that belongs to another certificate", () => {
    rejects(bundle({ privateKeyPem: pki().otherKey }), "key_mismatch");
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
    rejects(
      bundle({ privateKeyPem: rsa.export({ type: "pkcs8", format: "pem" }).toString() }),
      "key_mismatch",
    );
  });

  it("rejects expired and not yet valid certificates, inclusive of the last second", () => {
    rejects(bundle({ certificatePem: pki().expired, privateKeyPem: pki().expiredKey }), "expired");
    rejects(bundle(), "not_yet_valid", new Date("2024-12-31T23:59:59Z"));
    const self = bundle({
      certificatePem: pki().selfSigned,
      privateKeyPem: pki().selfSignedKey,
      chainPem: "",
    });
    expect(inspectCertificateBundle(self, new Date("2036-01-01T00:00:00Z")).ok).toBe(true);
    rejects(self, "expired", new Date("2036-01-01T00:00:01Z"));
  });

  it("rejects a chain that does not issue the certificate, in order", () => {
    rejects(bundle({ chainPem: pki().rootCa }), "chain_broken", NOW, 0);
    rejects(bundle({ chainPem: `${pki().rootCa}${pki().intermediateCa}` }), "chain_broken", NOW, 0);
    rejects(
      bundle({ chainPem: `${pki().intermediateCa}${pki().selfSigned}` }),
      "chain_broken",
      NOW,
      1,
    );
  });

  it("rejects a chain certificate that is no CA or has expired", () => {
    const self = { certificatePem: pki().selfSigned, privateKeyPem: pki().selfSignedKey };
    rejects({ ...self, chainPem: pki().selfSigned }, "chain_not_ca", NOW, 0);
    rejects(bundle(), "chain_expired", new Date("2035-12-31T12:00:00Z"), 0);
  });

  it.each([
    ["", "certificate_missing"],
    ["   \n", "certificate_missing"],
    ["MIIB…not pem", "certificate_not_pem"],
    ["-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", "certificate_invalid"],
    ["x".repeat(70_000), "certificate_too_large"],
  ] as const)("rejects the certificate field %#: %s", (certificatePem, reason) => {
    rejects(bundle({ certificatePem }), reason);
  });

  it("rejects a key pasted into the certificate field", () => {
    rejects(bundle({ certificatePem: pki().leafKey }), "certificate_not_certificate");
  });

  it("rejects unusable private keys with the reason", () => {
    const key = createPrivateKey(pki().leafKey);
    const encrypted = (type: "pkcs8" | "pkcs1") =>
      key.export({ type, format: "pem", cipher: "aes-256-cbc", passphrase: "secret" }).toString();
    rejects(bundle({ privateKeyPem: "" }), "key_missing");
    rejects(bundle({ privateKeyPem: "my key" }), "key_not_pem");
    rejects(bundle({ privateKeyPem: encrypted("pkcs8") }), "key_encrypted");
    rejects(bundle({ privateKeyPem: encrypted("pkcs1") }), "key_encrypted");
    rejects(bundle({ privateKeyPem: pki().leaf }), "key_not_private_key");
    const publicKey = createPublicKey(key).export({ type: "spki", format: "pem" }).toString();
    rejects(bundle({ privateKeyPem: publicKey }), "key_not_private_key");
    const openssh =
      "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaA==\n-----END OPENSSH PRIVATE KEY-----";
    rejects(bundle({ privateKeyPem: openssh }), "key_unsupported_format");
    rejects(bundle({ privateKeyPem: pki().leafKey + pki().otherKey }), "key_multiple");
    rejects(bundle({ privateKeyPem: pki().leafKey + pki().leaf }), "key_unexpected_block");
    const broken = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----";
    rejects(bundle({ privateKeyPem: broken }), "key_invalid");
  });

  it("rejects unreadable chain certificates with their position", () => {
    rejects(bundle({ chainPem: "intermediate please" }), "chain_not_pem", NOW, 0);
    rejects(bundle({ chainPem: pki().otherKey }), "chain_not_certificate", NOW, 0);
    const broken = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----";
    rejects(bundle({ chainPem: pki().intermediateCa + broken }), "chain_invalid", NOW, 1);
    const fullchain = { certificatePem: pki().leaf + pki().intermediateCa };
    rejects(bundle({ ...fullchain, chainPem: broken }), "chain_invalid", NOW, 1);
  });
}
