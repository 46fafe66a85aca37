import { z } from "zod";
import { intLike } from "@/lib/http/wire-schemas";

/**
 * Raw shapes of environment.Binder answers (reference §2.4). GetExtDomains' shape is unverified, so
 * plain strings and `{ domain }` objects are both accepted under `array`; GetSSLCerts follows the
 * documented `sslCert{id, domains, issuedBy, sslType}`, other fields are optional extras.
 */

const text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value == null ? undefined : String(value)));

const domainList = z
  .array(z.union([z.string(), z.looseObject({ domain: z.string() })]).nullable())
  .nullish()
  .transform((items) =>
    (items ?? []).flatMap((item) =>
      item === null ? [] : [typeof item === "string" ? item : item.domain],
    ),
  );

export const extDomainsSchema = z.looseObject({ array: domainList });

export const bindExtDomainSchema = z.looseObject({
  extDomain: z.looseObject({ domain: text }).nullish(),
});

/** Domains arrive as a list or a comma-separated string depending on the platform version. */
const certDomains = z
  .union([z.array(z.string()), z.string()])
  .nullish()
  .transform((value) =>
    Array.isArray(value)
      ? value
      : (value ?? "")
          .split(/[,;]/)
          .map((d) => d.trim())
          .filter(Boolean),
  );

export const sslCertSchema = z.looseObject({
  id: intLike,
  domains: certDomains,
  issuedBy: text,
  sslType: text,
  commonName: text,
  expiresAt: text,
});

export const addSslCertSchema = z.looseObject({ sslCert: sslCertSchema });

export const sslCertsSchema = z.looseObject({ array: z.array(sslCertSchema).nullish() });

export type RawSslCert = z.output<typeof sslCertSchema>;
