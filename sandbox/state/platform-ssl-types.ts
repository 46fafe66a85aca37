/** A custom certificate held by the sandbox platform for one environment. */
export interface SandboxSslCert {
  id: number;
  commonName: string;
  domains: string[];
  issuedBy: string;
  /** "yyyy-MM-dd HH:mm:ss" (UTC), the platform's date format. */
  expiresAt: string;
  cert: string;
  key: string;
  interm: string;
  /** Served on the environment's entry point (BindSSLCert). */
  bound: boolean;
}
