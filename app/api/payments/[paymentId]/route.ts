import { NextResponse } from "next/server";
import { paymentStatus } from "@/lib/data/payment-status";
import { getSessionAccount } from "@/lib/data/session";
import { UpstreamError } from "@/lib/http";

const noStore = { "cache-control": "no-store" };

/**
 * Polled by the return page (TanStack Query) until the attempt is final. Session-bound: another
 * account's or an unknown attempt is a 404. Only the safe status fields are sent.
 */
export async function GET(_request: Request, context: { params: Promise<{ paymentId: string }> }) {
  const account = await getSessionAccount();
  if (!account) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401, headers: noStore });
  }
  const { paymentId } = await context.params;
  try {
    const status = await paymentStatus(account, paymentId, { refresh: false });
    if (!status) {
      return NextResponse.json({ error: "not_found" }, { status: 404, headers: noStore });
    }
    return NextResponse.json(status, { headers: noStore });
  } catch (error) {
    if (error instanceof UpstreamError) {
      return NextResponse.json({ error: "unavailable" }, { status: 503, headers: noStore });
    }
    throw error;
  }
}
