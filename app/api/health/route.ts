import { getDb } from "@/lib/data/db";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and start-up scripts: answers only when the database answers. */
export async function GET() {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
