import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/**
 * Applies prisma/migrations/<ts>_<name>/migration.sql without Prisma's native engine (which cannot
 * be downloaded offline). The history goes to Prisma's own `_prisma_migrations` table with the same
 * checksums, so the official `prisma migrate deploy` accepts a database migrated here and vice versa.
 */

export type MigrationTarget = string | PGlite;

export type MigrationFile = { name: string; sql: string; checksum: string };

export type ApplyResult = { applied: string[]; alreadyApplied: number };

export class MigrationHistoryError extends Error {
  override name = "MigrationHistoryError";
}

/** Prisma's advisory lock key: holding the same one keeps us and the official CLI from interleaving. */
const PRISMA_ADVISORY_LOCK = 72707369;

// Prisma's DDL for the history table (PostgreSQL connector), so both tools read and write the same.
const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type HistoryRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
};

/** Prisma's checksum: sha256 of the file's bytes, lower-case hex. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** Migration folders in apply order (their names start with a UTC timestamp). */
export async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const files: MigrationFile[] = [];
  for (const name of names) {
    const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8").catch(
      () => null,
    );
    if (sql !== null) files.push({ name, sql, checksum: migrationChecksum(sql) });
  }
  return files;
}

/** The two things the runner needs from a connection, whichever driver is behind it. */
type Session = {
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `body` in one transaction; `script` may hold several statements. */
  inTransaction(
    body: (tx: {
      script(sql: string): Promise<void>;
      run(sql: string, params: unknown[]): Promise<void>;
    }) => Promise<void>,
  ): Promise<void>;
  close(): Promise<void>;
};

async function openPg(connectionString: string): Promise<Session> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return {
    rows: async (sql, params) => (await client.query(sql, params)).rows,
    async inTransaction(body) {
      await client.query("BEGIN");
      try {
        await body({
          script: async (sql) => void (await client.query(sql)),
          run: async (sql, params) => void (await client.query(sql, params)),
        });
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    },
    close: () => client.end(),
  };
}

function wrapPglite(db: PGlite): Session {
  return {
    rows: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    // PGlite.transaction also queues other users of the same instance (the app, pg-boss) behind it.
    inTransaction: (body) =>
      db.transaction(async (tx) => {
        await body({
          script: async (sql) => void (await tx.exec(sql)),
          run: async (sql, params) => void (await tx.query(sql, params)),
        });
      }),
    // The instance belongs to the caller.
    close: async () => undefined,
  };
}

/**
 * Applies the pending migrations of `migrationsDir` to `target` (a PostgreSQL connection string or
 * an open PGlite), each in its own transaction, under Prisma's advisory lock. Refuses to run when an
 * applied migration was edited afterwards or a previous attempt is recorded as failed.
 */
export async function applyMigrations(
  target: MigrationTarget,
  migrationsDir: string,
): Promise<ApplyResult> {
  const files = await readMigrations(migrationsDir);
  const session = typeof target === "string" ? await openPg(target) : wrapPglite(target);
  try {
    await session.rows("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    try {
      return await applyLocked(session, files);
    } finally {
      await session.rows("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]);
    }
  } finally {
    await session.close();
  }
}

async function applyLocked(session: Session, files: MigrationFile[]): Promise<ApplyResult> {
  await session.rows(HISTORY_TABLE);
  const history = await session.rows<HistoryRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  const failed = history.filter((row) => row.finished_at === null).map((r) => r.migration_name);
  if (failed.length > 0) {
    throw new MigrationHistoryError(
      `Migration(s) recorded as failed in _prisma_migrations: ${failed.join(", ")}. ` +
        `Fix the database by hand, then mark them rolled back (set rolled_back_at).`,
    );
  }
  const applied = new Map(history.map((row) => [row.migration_name, row.checksum]));
  const edited = files.filter((f) => applied.has(f.name) && applied.get(f.name) !== f.checksum);
  if (edited.length > 0) {
    throw new MigrationHistoryError(
      `Migration(s) changed after they were applied (checksum mismatch): ` +
        `${edited.map((f) => f.name).join(", ")}. Applied migrations must never be edited; ` +
        `restore the committed file and put the change in a new migration.`,
    );
  }
  const pending = files.filter((f) => !applied.has(f.name));
  for (const file of pending) {
    await session
      .inTransaction(async (tx) => {
        await tx.script(file.sql);
        await tx.run(
          `INSERT INTO "_prisma_migrations"
           (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
          [randomUUID(), file.checksum, file.name],
        );
      })
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationHistoryError(
          `Migration ${file.name} failed and was rolled back: ${reason}`,
          {
            cause: error,
          },
        );
      });
  }
  return { applied: pending.map((f) => f.name), alreadyApplied: files.length - pending.length };
}
