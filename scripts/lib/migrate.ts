import type { Env } from "@/lib/config/schema";
import { applyMigrations, closeDatabases, getEmbeddedPglite } from "@/lib/db";

const MIGRATIONS_DIR = "prisma/migrations";

/** Applies pending migrations to PostgreSQL (DATABASE_URL) or to the embedded PGlite folder. */
export async function migrateDatabase(env: Env): Promise<void> {
  if (env.DATABASE_URL) {
    await applyMigrations(env.DATABASE_URL, MIGRATIONS_DIR);
    return;
  }
  // Only one process may open a PGlite folder (the lock enforces it): this one closes it again
  // before the portal process opens it.
  try {
    await applyMigrations(getEmbeddedPglite(env.PGLITE_DIR), MIGRATIONS_DIR);
  } finally {
    await closeDatabases();
  }
}
