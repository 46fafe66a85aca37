import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Test support: a small PKI made with the openssl CLI (`openssl ca` because it is the only 3.0 tool
 * that takes explicit start and end dates). The committed fixtures were made with this function, and
 * the openssl test re-runs it so they can be regenerated and stay honest.
 */
export type Pki = {
  rootCa: string;
  intermediateCa: string;
  leaf: string;
  leafKey: string;
  otherKey: string;
  expired: string;
  expiredKey: string;
  selfSigned: string;
  selfSignedKey: string;
};

export const PKI_FILES: Record<keyof Pki, string> = {
  rootCa: "root-ca.pem",
  intermediateCa: "intermediate-ca.pem",
  leaf: "leaf.pem",
  leafKey: "leaf.key",
  otherKey: "other.key",
  expired: "expired.pem",
  expiredKey: "expired.key",
  selfSigned: "self-signed.pem",
  selfSignedKey: "self-signed.key",
};

/**
 * Valid from 2025 to 2036, except `expired` (2020–2021) and the issuing CA, which ends a day before
 * the leaf so that a chain certificate can expire first. Tests pass a fixed `now` in between.
 */
const VALID = ["-startdate", "20250101000000Z", "-enddate", "20360101000000Z"];
const ISSUING_CA = ["-startdate", "20250101000000Z", "-enddate", "20351231000000Z"];
const EXPIRED = ["-startdate", "20200101000000Z", "-enddate", "20210101000000Z"];

const config = (dir: string) => `
[ca]
default_ca = test_ca
[test_ca]
database = ${dir}/index.txt
new_certs_dir = ${dir}/issued
serial = ${dir}/serial
default_md = sha256
policy = any
unique_subject = no
email_in_dn = no
[any]
organizationName = optional
commonName = supplied
[v3_ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[v3_leaf]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:shop.example.com, DNS:www.shop.example.com, IP:203.0.113.10
[v3_expired]
basicConstraints = CA:FALSE
subjectAltName = DNS:old.example.com
[v3_self]
basicConstraints = CA:FALSE
subjectAltName = DNS:self.example.com
`;

export function makePki(dir: string): Pki {
  mkdirSync(join(dir, "issued"), { recursive: true });
  writeFileSync(join(dir, "index.txt"), "");
  writeFileSync(join(dir, "serial"), "1000\n");
  writeFileSync(join(dir, "ca.cnf"), config(dir));
  const path = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync("openssl", args, { stdio: "pipe" });
  const ecKey = (name: string) =>
    openssl(
      "genpkey",
      "-algorithm",
      "EC",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-out",
      path(name),
    );
  const issue = (name: string, subject: string, ext: string, dates: string[], signer?: string) => {
    openssl(
      "req",
      "-new",
      "-key",
      path(`${name}.key`),
      "-subj",
      subject,
      "-out",
      path(`${name}.csr`),
    );
    const by = signer
      ? ["-cert", path(`${signer}.pem`), "-keyfile", path(`${signer}.key`)]
      : ["-selfsign", "-keyfile", path(`${name}.key`)];
    openssl(
      "ca",
      "-batch",
      "-notext",
      "-config",
      path("ca.cnf"),
      ...by,
      "-extensions",
      ext,
      ...dates,
      "-in",
      path(`${name}.csr`),
      "-out",
      path(`${name}.pem`),
    );
  };

  ecKey("root-ca.key");
  issue("root-ca", "/O=Portal Test/CN=Portal Test Root CA", "v3_ca", VALID);
  ecKey("intermediate-ca.key");
  issue(
    "intermediate-ca",
    "/O=Portal Test/CN=Portal Test Issuing CA",
    "v3_ca",
    ISSUING_CA,
    "root-ca",
  );
  openssl(
    "genpkey",
    "-algorithm",
    "RSA",
    "-pkeyopt",
    "rsa_keygen_bits:2048",
    "-out",
    path("leaf.key"),
  );
  issue("leaf", "/O=Shop/CN=shop.example.com", "v3_leaf", VALID, "intermediate-ca");
  ecKey("other.key");
  ecKey("expired.key");
  issue("expired", "/CN=old.example.com", "v3_expired", EXPIRED, "intermediate-ca");
  ecKey("self-signed.key");
  issue("self-signed", "/CN=self.example.com", "v3_self", VALID);

  const read = (file: string) => readFileSync(path(file), "utf8");
  return Object.fromEntries(
    Object.entries(PKI_FILES).map(([key, file]) => [key, read(file)]),
  ) as Pki;
}
