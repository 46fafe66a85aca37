/**
 * `npm run db:deploy`: applies pending migrations to DATABASE_URL when it is set, else to the
 * embedded PGlite folder (PGLITE_DIR, default .data/pglite). The stand-in for
 * `prisma migrate deploy`, which needs a native engine that cannot be downloaded offline.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations, type ApplyResult } from "../../lib/db/migrations";
import { acquirePgliteLock } from "../../lib/db/pglite-lock";
import { isMain, paths } from "./paths";

export async function deploy(
  env: NodeJS.ProcessEnv = process.env,
): Promise<ApplyResult & { target: string }> {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    const result = await applyMigrations(url, paths.migrations);
    return { ...result, target: redact(url) };
  }
  // Relative to the working directory, as in the app (lib/db/client.ts), so both open one folder.
  const dir = path.resolve(env.PGLITE_DIR?.trim() || ".data/pglite");
  await mkdir(dir, { recursive: true });
  // A running portal owns the folder; a second opener would corrupt it, so this refuses instead.
  const release = acquirePgliteLock(dir);
  try {
    const db = await PGlite.create(dir);
    try {
      const result = await applyMigrations(db, paths.migrations);
      return { ...result, target: `PGlite ${dir}` };
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "DATABASE_URL";
  }
}

if (isMain(import.meta.url)) {
  const started = Date.now();
  deploy()
    .then(({ applied, alreadyApplied, target }) => {
      const ms = Date.now() - started;
      if (applied.length === 0) {
        console.log(
          `${target}: up to date (${alreadyApplied} migrations applied before, ${ms} ms)`,
        );
      } else {
        console.log(`${target}: applied ${applied.join(", ")} (${ms} ms)`);
      }
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
