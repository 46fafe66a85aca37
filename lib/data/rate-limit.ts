import "server-only";
import { getEnv } from "@/lib/config/env";
import { retryAfterMs, throttleKeys, type Bucket } from "@/lib/auth/throttle";
import { getDb } from "./db";

function policyFor(factor: number) {
  const env = getEnv();
  return {
    maxFailures: env.SIGNIN_MAX_FAILURES * factor,
    windowMs: env.SIGNIN_WINDOW_MINUTES * 60_000,
  };
}

/** Milliseconds until this email/address may try again (0 = allowed now). */
export async function signInRetryAfter(email: string, ip: string): Promise<number> {
  const keys = throttleKeys(email, ip);
  const buckets = await getDb().rateLimitBucket.findMany({
    where: { key: { in: keys.map((k) => k.key) } },
  });
  const now = new Date();
  return Math.max(
    0,
    ...keys.map(({ key, factor }) => {
      const bucket = buckets.find((b) => b.key === key) ?? null;
      return retryAfterMs(bucket, now, policyFor(factor));
    }),
  );
}

/** Counts one failure atomically, so parallel attempts on several nodes cannot slip past the limit. */
export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  const db = getDb();
  const now = new Date();
  for (const { key, factor } of throttleKeys(email, ip)) {
    const windowFloor = new Date(now.getTime() - policyFor(factor).windowMs);
    await db.$executeRaw`
      INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimitBucket"."windowStart" < ${windowFloor} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
        "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" < ${windowFloor} THEN ${now} ELSE "RateLimitBucket"."windowStart" END`;
  }
}

export async function clearSignInFailures(email: string): Promise<void> {
  const [emailKey] = throttleKeys(email, "");
  if (emailKey) await getDb().rateLimitBucket.deleteMany({ where: { key: emailKey.key } });
}

export type { Bucket };
