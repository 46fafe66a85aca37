/**
 * Redaction for everything that may reach a log line or an error message. Credentials travel as
 * form fields (WHMCS `identifier`/`secret`, platform `session`), so both field names and the known
 * secret values themselves are scrubbed.
 */
export const REDACTED = "[redacted]";

const SECRET_NAMES = new Set([
  "secret",
  "identifier",
  "password",
  "password2",
  "session",
  "accesskey",
  "token",
  "access_token",
  "key",
  "authorization",
  "cookie",
]);

/** Field names are compared without PHP brackets and case: `Password2`, `card[key]`, `api_token`. */
export function isSecretName(name: string): boolean {
  const base = name.toLowerCase().replace(/\[.*$/, "");
  const last = /\[([^\]]*)\]$/.exec(name.toLowerCase())?.[1];
  return (
    SECRET_NAMES.has(base) ||
    (last !== undefined && SECRET_NAMES.has(last)) ||
    /(password|secret|_token|_key|accesskey|apikey)$/.test(base)
  );
}

const QUOTED_PAIR = /(["'])([\w.[\]-]+)\1(\s*:\s*)(["'])((?:\\.|(?!\4).)*)\4/g;
// ":" counts as a separator only before a space, so "https://" and "host:4010" are not pairs.
const BARE_PAIR = /(^|[^\w.[\]-])([\w.[\]-]+)(=|:\s+)([^\s&"',;)}]*)/g;
const BRACKETED = /\b(session|token|key|password)(\s*)\[[^\]]*\]/gi;
const BEARER = /\b(Bearer|Basic)\s+[\w.~+/=-]+/g;

/** Scrubs `name=value`, `"name":"value"`, `session [value]` and any literal known secret from text. */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    // Very short values would blank out unrelated words; real credentials are long.
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return (
    out
      .replace(BEARER, (_all, scheme: string) => `${scheme} ${REDACTED}`)
      .replace(QUOTED_PAIR, (all, q: string, name: string, sep: string, vq: string) =>
        isSecretName(name) ? `${q}${name}${q}${sep}${vq}${REDACTED}${vq}` : all,
      )
      .replace(BARE_PAIR, (all, pre: string, name: string, sep: string, value: string) =>
        isSecretName(name) && value !== REDACTED ? `${pre}${name}${sep}${REDACTED}` : all,
      )
      // "session [abc]" becomes "session [redacted]", so scrubbing twice changes nothing.
      .replace(BRACKETED, (_all, name: string, space: string) => `${name}${space}${REDACTED}`)
  );
}

/** A loggable copy of form fields: secret fields replaced, the rest scrubbed as text. */
export function redactParams(
  params: URLSearchParams | Record<string, unknown>,
  secrets: readonly string[] = [],
): Record<string, string> {
  const entries =
    params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (value === undefined) continue;
    out[name] = isSecretName(name) ? REDACTED : redactText(String(value), secrets);
  }
  return out;
}

/** Deep redaction of structured log fields (objects, arrays, Errors, URLSearchParams). */
export function redactValue(value: unknown, secrets: readonly string[] = [], depth = 0): unknown {
  if (typeof value === "string") return redactText(value, secrets);
  if (value === null || typeof value !== "object") return value;
  if (depth > 6) return "[deep]";
  if (value instanceof URLSearchParams) return redactParams(value, secrets);
  if (value instanceof Error) {
    const fields: Record<string, unknown> = { name: value.name, message: value.message };
    for (const key of ["kind", "service", "action", "status", "code"] as const) {
      if (key in value) fields[key] = (value as unknown as Record<string, unknown>)[key];
    }
    if (value.cause !== undefined) fields.cause = value.cause;
    return redactValue(fields, secrets, depth + 1);
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSecretName(key) ? REDACTED : redactValue(item, secrets, depth + 1);
  }
  return out;
}
