/** Domain shapes of environment.Binder (external domains, SSL); no platform field names here. */

export type SslCertificateKind = "custom" | "letsencrypt" | "unknown";

/** A certificate the platform holds for an environment (private key never included). */
export type SslCertificate = {
  id: number;
  /** Subject common name, when the platform reports it. */
  commonName: string | null;
  domains: string[];
  issuedBy: string | null;
  expiresAt: Date | null;
  kind: SslCertificateKind;
};

export type CustomCertificateUpload = {
  certificatePem: string;
  privateKeyPem: string;
  /** Intermediate chain; omitted when the certificate is issued straight by a root. */
  chainPem?: string;
};
