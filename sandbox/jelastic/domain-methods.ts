import { bindExtDomain, getExtDomains, removeExtDomain } from "./binder";
import type { PlatformMethod } from "./call";
import { addSslCert, bindSslCert, editEnvSettings, getSslCerts, removeSslCerts } from "./ssl";

/** External domains and SSL (reference §2.3 EditEnvSettings, §2.4 environment.Binder). */
export const domainMethods: Record<string, PlatformMethod> = {
  "environment/control/editenvsettings": editEnvSettings,
  "environment/binder/getextdomains": getExtDomains,
  "environment/binder/bindextdomain": bindExtDomain,
  "environment/binder/removeextdomain": removeExtDomain,
  "environment/binder/addsslcert": addSslCert,
  "environment/binder/bindsslcert": bindSslCert,
  "environment/binder/getsslcerts": getSslCerts,
  "environment/binder/removesslcerts": removeSslCerts,
};
