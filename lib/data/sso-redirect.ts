import "server-only";
import { NextResponse } from "next/server";
import { createLogger } from "@/lib/http";
import { isSameOrigin } from "@/lib/security/same-origin";
import { getSessionAccount, type SessionAccount } from "./session";

const logger = createLogger({ level: "info" });

/**
 * Shared shape of the SSO endpoints: POST only, same origin, signed in; on any failure the new tab
 * shows a friendly page inside the portal instead of an upstream error.
 */
export async function ssoRedirect(
  request: Request,
  name: string,
  mint: (account: SessionAccount, form: FormData) => Promise<string>,
): Promise<NextResponse> {
  if (!isSameOrigin(request)) return new NextResponse(null, { status: 403 });
  const account = await getSessionAccount();
  if (!account) return NextResponse.redirect(new URL("/login", request.url), 303);
  try {
    const form = await request.formData().catch(() => new FormData());
    return NextResponse.redirect(await mint(account, form), 303);
  } catch (error) {
    logger.warn("sso.failed", {
      sso: name,
      error: error instanceof Error ? error.message : "unknown",
    });
    return NextResponse.redirect(new URL("/sso-failed", request.url), 303);
  }
}
