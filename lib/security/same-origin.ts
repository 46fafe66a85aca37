/**
 * Cross-site form posts are refused: the session cookie is SameSite=Lax already, and this check makes
 * the rule explicit for endpoints that redirect the browser somewhere with a credential in the URL.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
