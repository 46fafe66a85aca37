import { NextResponse } from "next/server";
import { getCreationStatus } from "@/lib/data/new-environment";
import { NoPlatformAccountError } from "@/lib/data/platform-session";
import { getSessionAccount } from "@/lib/data/session";
import { UpstreamError } from "@/lib/http";

const noStore = { "cache-control": "no-store" };

/**
 * Polled by the creation progress (TanStack Query). Session-scoped: another user's or an unknown
 * environment is a 404, exactly like a missing one.
 */
export async function GET(_request: Request, context: { params: Promise<{ envName: string }> }) {
  const account = await getSessionAccount();
  if (!account)
    return NextResponse.json({ error: "unauthorized" }, { status: 401, headers: noStore });
  const { envName } = await context.params;
  try {
    const status = await getCreationStatus(account, envName);
    if (!status)
      return NextResponse.json({ error: "not_found" }, { status: 404, headers: noStore });
    return NextResponse.json({ name: envName, status }, { headers: noStore });
  } catch (error) {
    if (error instanceof NoPlatformAccountError) {
      return NextResponse.json({ error: "not_found" }, { status: 404, headers: noStore });
    }
    if (error instanceof UpstreamError) {
      return NextResponse.json({ error: "unavailable" }, { status: 503, headers: noStore });
    }
    throw error;
  }
}
