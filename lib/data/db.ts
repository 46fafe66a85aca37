import "server-only";
import { getEnv } from "@/lib/config/env";
import { createPrismaClient } from "@/lib/db";

/** The one Prisma client of this process (PGlite in-process by default, PostgreSQL with DATABASE_URL). */
export function getDb() {
  const env = getEnv();
  return createPrismaClient({
    databaseUrl: env.DATABASE_URL,
    pgliteDir: env.PGLITE_DIR,
    poolMax: env.DB_POOL_MAX,
  });
}
