import type { JelasticTransport } from "./client";
import { emptySchema } from "./schemas";
import { bindExtDomainSchema, extDomainsSchema } from "./schemas-domains";

/** External domains bound to one environment (environment/binder/GetExtDomains). */
export function getExtDomains(
  transport: JelasticTransport,
  session: string,
  envName: string,
): Promise<string[]> {
  return transport.call(
    "environment/binder/GetExtDomains",
    { envName },
    extDomainsSchema,
    (raw) => raw.array,
    { session, idempotent: true },
  );
}

/** Binds a hostname; the platform refuses one that is busy (bound to any environment). */
export function bindExtDomain(
  transport: JelasticTransport,
  session: string,
  envName: string,
  hostname: string,
): Promise<string> {
  return transport.call(
    "environment/binder/BindExtDomain",
    { envName, extdomain: hostname },
    bindExtDomainSchema,
    (raw) => raw.extDomain?.domain ?? hostname,
    { session, idempotent: false },
  );
}

/** The singular RemoveExtDomain is the one in the 8.x spec (py-jelastic's plural is older). */
export function removeExtDomain(
  transport: JelasticTransport,
  session: string,
  envName: string,
  hostname: string,
): Promise<void> {
  return transport.call(
    "environment/binder/RemoveExtDomain",
    { envName, extdomain: hostname },
    emptySchema,
    () => undefined,
    { session, idempotent: false },
  );
}
