import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/config/env";
import { paypalCspOrigins } from "@/lib/config/paypal";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/headers";

/** Pages anyone may open; everything else needs a session cookie (checked for real in lib/data). */
// Webhooks carry no session: they prove themselves by signature (lib/data/webhook-intake.ts).
const PUBLIC_PATHS = ["/login", "/api/auth", "/api/health", "/api/webhooks"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));

  if (!isPublic(pathname) && !hasSession) {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const env = getEnv();
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    formOrigins: ssoOrigins(env.WHMCS_URL, env.JELASTIC_URL, env.JELASTIC_REG_URL),
    paymentOrigins: paypalCspOrigins(env),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  const production = env.APP_ENV === "production";
  for (const [name, value] of Object.entries(securityHeaders({ production }))) {
    response.headers.set(name, value);
  }
  return response;
}

function ssoOrigins(...urls: string[]): string[] {
  return [...new Set(urls.map((url) => new URL(url).origin))];
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|brand/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
