import { readFileSync } from "node:fs";
import { describe } from "vitest";
import { bundleChecks } from "./testing/bundle-suite";
import { PKI_FILES, type Pki } from "./testing/make-pki";

/** Committed PEMs (made once by testing/make-pki.ts), so these tests never need openssl. */
const fixtures = Object.fromEntries(
  Object.entries(PKI_FILES).map(([key, file]) => [
    key,
    readFileSync(new URL(`./__fixtures__/${file}`, import.meta.url), "utf8"),
  ]),
) as Pki;

describe("inspectCertificateBundle (committed fixtures)", () => {
  bundleChecks(() => fixtures);
});
