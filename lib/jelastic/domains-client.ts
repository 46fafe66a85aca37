import { bindExtDomain, getExtDomains, removeExtDomain } from "./binder";
import type { JelasticTransport } from "./client";
import { getSslCerts, installCustomCertificate, removeSslCerts, setBuiltInSsl } from "./ssl";
import type { CustomCertificateUpload, SslCertificate } from "./types-domains";

/**
 * External-domain and SSL methods of the platform client, kept apart so `index.ts` only spreads
 * them in. Reads are retried on transport trouble; every change is sent once.
 */
export type DomainsClient = {
  getExtDomains(session: string, envName: string): Promise<string[]>;
  bindExtDomain(session: string, envName: string, hostname: string): Promise<string>;
  removeExtDomain(session: string, envName: string, hostname: string): Promise<void>;
  setBuiltInSsl(session: string, envName: string, enabled: boolean): Promise<void>;
  getSslCerts(session: string, envName: string): Promise<SslCertificate[]>;
  installCustomCertificate(
    session: string,
    envName: string,
    upload: CustomCertificateUpload,
  ): Promise<SslCertificate>;
  removeSslCerts(session: string, envName: string, ids: readonly number[]): Promise<void>;
};

export function domainsMethods(transport: JelasticTransport): DomainsClient {
  return {
    getExtDomains: (session, envName) => getExtDomains(transport, session, envName),
    bindExtDomain: (session, envName, hostname) =>
      bindExtDomain(transport, session, envName, hostname),
    removeExtDomain: (session, envName, hostname) =>
      removeExtDomain(transport, session, envName, hostname),
    setBuiltInSsl: (session, envName, enabled) =>
      setBuiltInSsl(transport, session, envName, enabled),
    getSslCerts: (session, envName) => getSslCerts(transport, session, envName),
    installCustomCertificate: (session, envName, upload) =>
      installCustomCertificate(transport, session, envName, upload),
    removeSslCerts: (session, envName, ids) => removeSslCerts(transport, session, envName, ids),
  };
}
