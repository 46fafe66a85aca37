import "server-only";
import { UpstreamError } from "@/lib/http";
import { getDb } from "./db";
import { upstreams } from "./upstreams";

/** Signs the stored platform session out upstream (best effort) and forgets it. */
export async function endPlatformSession(accountId: string): Promise<void> {
  const db = getDb();
  const stored = await db.platformSession.findUnique({ where: { accountId } });
  if (!stored) return;
  await db.platformSession.delete({ where: { accountId } });
  try {
    await upstreams().jelastic.signOut(stored.session);
  } catch (error) {
    // An unreachable or already-expired upstream session must not keep the user signed in here.
    if (!(error instanceof UpstreamError)) throw error;
  }
}
