import { domainToASCII } from "node:url";

/** Why a hostname cannot be bound; the UI translates these codes. */
export type HostnameProblem =
  | "empty"
  | "wildcard"
  | "invalid"
  | "single_label"
  | "label_too_long"
  | "too_long"
  | "platform_domain";

export type HostnameCheck =
  { ok: true; hostname: string } | { ok: false; problem: HostnameProblem };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Normalizes what a customer types as an external domain: trims, drops a trailing dot and a pasted
 * scheme or path is refused, IDN is converted to punycode (what DNS and the platform store), then
 * RFC 1035 limits apply. Domains under the platform's own suffixes are refused: the platform already
 * serves those, and binding one would let a customer claim another customer's environment name.
 */
export function checkHostname(
  input: string,
  platformSuffixes: readonly string[] = [],
): HostnameCheck {
  const trimmed = input.trim().replace(/\.$/, "");
  if (trimmed === "") return { ok: false, problem: "empty" };
  if (trimmed.includes("*")) return { ok: false, problem: "wildcard" };
  if (/[\s/:@?#\\]/.test(trimmed)) return { ok: false, problem: "invalid" };
  const ascii = domainToASCII(trimmed.toLowerCase());
  if (ascii === "") return { ok: false, problem: "invalid" };
  if (ascii.length > 253) return { ok: false, problem: "too_long" };
  const labels = ascii.split(".");
  if (labels.length < 2) return { ok: false, problem: "single_label" };
  if (labels.some((label) => label.length > 63)) return { ok: false, problem: "label_too_long" };
  if (!labels.every((label) => LABEL.test(label))) return { ok: false, problem: "invalid" };
  // A numeric top-level label means an IP address, not a name.
  if (/^\d+$/.test(labels[labels.length - 1] ?? "")) return { ok: false, problem: "invalid" };
  const underPlatform = platformSuffixes
    .map((suffix) => suffix.toLowerCase().replace(/^\.|\.$/g, ""))
    .filter(Boolean)
    .some((suffix) => ascii === suffix || ascii.endsWith(`.${suffix}`));
  if (underPlatform) return { ok: false, problem: "platform_domain" };
  return { ok: true, hostname: ascii };
}

/**
 * The suffix the platform hands out to environments, taken from an environment's own domain
 * ("shop.fra.example-cloud.com" → "fra.example-cloud.com").
 */
export function platformSuffixOf(environmentDomain: string): string | null {
  const at = environmentDomain.indexOf(".");
  const suffix = at < 0 ? "" : environmentDomain.slice(at + 1);
  return suffix.includes(".") ? suffix : null;
}

export type DnsRecord = { type: "CNAME" | "A"; name: string; value: string };

/**
 * What the customer creates at their DNS provider: a CNAME to the environment's domain, or an
 * A record to the public IP when the environment has one (reference §2.4). Both are shown then,
 * because a CNAME is not allowed at a zone apex.
 */
export function dnsRecordsFor(
  hostname: string,
  environmentDomain: string,
  publicIps: readonly string[],
): DnsRecord[] {
  const records: DnsRecord[] = [];
  const ip = publicIps.find((address) => !address.includes(":"));
  if (ip) records.push({ type: "A", name: hostname, value: ip });
  records.push({ type: "CNAME", name: hostname, value: environmentDomain });
  return records;
}
