/**
 * `npm run db:migrate -- <name>`: the offline stand-in for `prisma migrate dev --create-only`.
 * Replays every committed migration on a throwaway in-memory PGlite, diffs the result against
 * prisma/schema.prisma with the wasm schema engine and writes the difference as a new migration.
 * Nothing is applied to any real database: `npm run db:deploy` does that.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffMigrationsToSchema, MIGRATION_LOCK, readSchema } from "./engine";
import { isMain, paths } from "./paths";

/** Prisma's folder name: UTC timestamp + a slug of the given name. */
export function migrationFolderName(name: string, now = new Date()): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!slug) throw new Error("Give the migration a name: npm run db:migrate -- <name>");
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return `${stamp}_${slug}`;
}

export async function createMigration(
  name: string,
  opts = { migrationsDir: paths.migrations, schemaPath: paths.schema },
): Promise<string | null> {
  const folder = migrationFolderName(name);
  const sql = await diffMigrationsToSchema(opts.migrationsDir, await readSchema(opts.schemaPath));
  if (sql === null) return null;
  const dir = path.join(opts.migrationsDir, folder);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  const lockPath = path.join(opts.migrationsDir, "migration_lock.toml");
  // Written once, never overwritten (as Prisma does); the engine reads the provider from it.
  await writeFile(lockPath, MIGRATION_LOCK, { flag: "wx" }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  });
  return dir;
}

async function main() {
  const name = process.argv.slice(2).join(" ");
  const started = Date.now();
  const dir = await createMigration(name);
  if (!dir) {
    console.log("no changes: prisma/schema.prisma matches the committed migrations");
    return;
  }
  const rel = path.relative(process.cwd(), dir);
  console.log(`wrote ${rel}/migration.sql (${Date.now() - started} ms)`);
  console.log(
    "Review it (data-loss steps are not flagged), then: npm run db:deploy && npm run db:generate",
  );
}

if (isMain(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
