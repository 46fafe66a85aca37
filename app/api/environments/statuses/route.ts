import { z } from "zod";
import { getEnvironmentStatuses } from "@/lib/data/environments";
import { NoPlatformAccountError } from "@/lib/data/platform-session";
import { getSessionAccount } from "@/lib/data/session";
import { UpstreamError } from "@/lib/http";

export const dynamic = "force-dynamic";

const namesSchema = z
  .array(z.string().regex(/^[a-z0-9-]{1,64}$/i))
  .min(1)
  .max(100);

/** Polled by the environments pages: statuses of the signed-in account's named environments. */
export async function GET(request: Request) {
  const account = await getSessionAccount();
  if (!account) return Response.json({ error: "unauthorized" }, { status: 401 });
  const raw = new URL(request.url).searchParams.get("names")?.split(",") ?? [];
  const names = namesSchema.safeParse(raw);
  if (!names.success) return Response.json({ error: "invalid names" }, { status: 400 });
  try {
    const statuses = await getEnvironmentStatuses(account, names.data);
    return Response.json({ statuses }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof NoPlatformAccountError) return Response.json({ statuses: {} });
    if (error instanceof UpstreamError)
      return Response.json({ error: "unavailable" }, { status: 503 });
    throw error;
  }
}
