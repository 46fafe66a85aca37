import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspectCertificateBundle } from "./inspect-bundle";
import { bundleChecks } from "./testing/bundle-suite";
import { makePki, type Pki } from "./testing/make-pki";

const hasOpenssl = (() => {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasOpenssl)("inspectCertificateBundle (fresh openssl PKI)", () => {
  let dir = "";
  let pki: Pki | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "portal-tls-"));
    pki = makePki(dir);
  }, 60_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  bundleChecks(() => {
    if (!pki) throw new Error("PKI not generated");
    return pki;
  });

  it("unescapes names and keeps only DNS alternative names", () => {
    const [cert, key] = [join(dir, "names.pem"), join(dir, "names.key")];
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        key,
        "-out",
        cert,
        "-days",
        "3650",
        "-subj",
        "/O=Acme, Inc./CN=Acme, Inc. CA",
        "-addext",
        "subjectAltName=DNS:shop.example.com,DNS:*.shop.example.com,email:a@example.com,IP:10.0.0.1",
      ],
      { stdio: "pipe" },
    );
    const bundle = {
      certificatePem: readFileSync(cert, "utf8"),
      privateKeyPem: readFileSync(key, "utf8"),
    };
    expect(inspectCertificateBundle(bundle, new Date())).toMatchObject({
      ok: true,
      certificate: {
        subjectCommonName: "Acme, Inc. CA",
        subjectAltNames: ["shop.example.com", "*.shop.example.com"],
        issuer: "O=Acme\\, Inc., CN=Acme\\, Inc. CA",
        issuerCommonName: "Acme, Inc. CA",
        selfSigned: true,
      },
    });
  });
});
