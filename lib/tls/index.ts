export {
  inspectCertificateBundle,
  type CertificateBundle,
  type InspectBundleResult,
  type TlsRejection,
} from "./inspect-bundle";
export { MAX_PEM_LENGTH } from "./read-pem";
export type { CertificateSummary } from "./summary";
