import type { X509Certificate } from "node:crypto";

/**
 * Validity dates as Date objects. `validFromDate`/`validToDate` only exist from Node 22.10; the
 * string fields (RFC 2822-like, always GMT) parse everywhere.
 */
export function validFrom(certificate: X509Certificate): Date {
  return new Date(certificate.validFrom);
}

export function validTo(certificate: X509Certificate): Date {
  return new Date(certificate.validTo);
}
