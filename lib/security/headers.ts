/** Security headers for every page; pure so it can be unit-tested and reused by route handlers. */
/**
 * `formOrigins` are the upstream hosts our SSO form posts redirect to: browsers apply form-action to
 * the redirect target too, so the dashboard and billing hosts must be named.
 */
export function contentSecurityPolicy(
  nonce: string,
  options: { dev: boolean; formOrigins?: string[]; paymentOrigins?: string[] },
): string {
  const formTargets = ["'self'", ...(options.formOrigins ?? [])].join(" ");
  // Payment SDKs (PayPal's JS SDK) load their script, open their frames and call home from these.
  const payment = (options.paymentOrigins ?? []).map((origin) => ` ${origin}`).join("");
  return [
    "default-src 'self'",
    // Next.js needs its own inline bootstrap scripts: they carry this nonce, nothing else runs inline.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${payment}${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    `connect-src 'self'${payment}`,
    ...(payment ? [`frame-src 'self'${payment}`] : []),
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formTargets}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(options: { production: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(self)",
    "Cross-Origin-Opener-Policy": "same-origin-allow-popups",
  };
  if (options.production) {
    headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains; preload";
  }
  return headers;
}
