import { appendFile, cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MigrationHistoryError, readMigrations } from "@/lib/db/migrations";
import {
  diffMigrationsToSchema,
  migrationList,
  noFilters,
  openSchemaEngine,
  readSchema,
} from "@/scripts/db/engine";
import { paths } from "@/scripts/db/paths";
import { createThrowawayDatabase } from "@/scripts/db/throwaway-database";

const tmp: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "portal-db-"));
  tmp.push(dir);
  return dir;
}
afterAll(() => Promise.all(tmp.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A copy of the committed migrations that a test may edit. */
async function migrationsCopy(): Promise<string> {
  const dir = path.join(await tempDir(), "migrations");
  await cp(paths.migrations, dir, { recursive: true });
  return dir;
}

async function tamperFirstMigration(dir: string) {
  const [first] = await readMigrations(dir);
  if (!first) throw new Error("no migrations committed");
  await appendFile(path.join(dir, first.name, "migration.sql"), "\n-- edited after the fact\n");
}

describe("drift: schema.prisma vs committed migrations", () => {
  it("agree (the schema engine finds nothing left to migrate)", async () => {
    const sql = await diffMigrationsToSchema(paths.migrations, await readSchema(paths.schema));
    expect(
      sql,
      `schema.prisma changed without a migration (npm run db:migrate -- <name>):\n${sql}`,
    ).toBeNull();
  });

  it("notices a field added to the schema without a migration", async () => {
    const schema = await readSchema(paths.schema);
    const content = schema.content.replace(
      "model Account {",
      "model Account {\n  nickname String?",
    );
    const sql = await diffMigrationsToSchema(paths.migrations, { ...schema, content });
    expect(sql).toMatch(/ALTER TABLE "Account" ADD COLUMN\s+"nickname" TEXT/);
  });
});

describe("migrations on an in-process PGlite (temp folder)", () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create(await tempDir());
  });
  afterAll(() => db.close());

  it("apply once, then the second run is a no-op", async () => {
    const names = (await readMigrations(paths.migrations)).map((m) => m.name);
    expect(await applyMigrations(db, paths.migrations)).toEqual({
      applied: names,
      alreadyApplied: 0,
    });
    const started = performance.now();
    const again = await applyMigrations(db, paths.migrations);
    expect(again).toEqual({ applied: [], alreadyApplied: names.length });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("leaves a history and tables the Prisma schema engine accepts as its own", async () => {
    const schema = await readSchema(paths.schema);
    const session = await openSchemaEngine([schema], db);
    try {
      const history = await session.engine.diagnoseMigrationHistory({
        migrationsList: await migrationList(paths.migrations),
        optInToShadowDatabase: false,
        filters: noFilters,
      });
      expect(history).toMatchObject({
        history: null,
        editedMigrationNames: [],
        failedMigrationNames: [],
      });
      const drift = await session.engine.diff({
        from: { tag: "schemaDatasource", files: [schema], configDir: paths.root },
        to: { tag: "schemaDatamodel", files: [schema] },
        script: false,
        exitCode: true,
        filters: noFilters,
      });
      expect(drift.exitCode, drift.stdout ?? "").toBe(0);
    } finally {
      await session.close();
    }
  });

  it("refuses a migration edited after it was applied", async () => {
    const dir = await migrationsCopy();
    await tamperFirstMigration(dir);
    await expect(applyMigrations(db, dir)).rejects.toThrow(MigrationHistoryError);
    await expect(applyMigrations(db, dir)).rejects.toThrow(/checksum mismatch/);
  });

  it("rolls a failing migration back completely and records nothing", async () => {
    const dir = await migrationsCopy();
    const bad = path.join(dir, "29991231000000_broken");
    await mkdir(bad);
    await writeFile(
      path.join(bad, "migration.sql"),
      `CREATE TABLE "Half" (id INT);\nSELECT 1/0;\n`,
    );
    await expect(applyMigrations(db, dir)).rejects.toThrow(/29991231000000_broken failed/);
    const half = await db.query(`SELECT to_regclass('"Half"') AS t`);
    expect(half.rows).toEqual([{ t: null }]);
    const rows = await db.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name LIKE '2999%'`,
    );
    expect(rows.rows).toHaveLength(0);
  });

  it("accepts a history written by the Prisma engine itself", async () => {
    const fresh = await PGlite.create();
    const session = await openSchemaEngine([await readSchema(paths.schema)], fresh);
    try {
      const list = await migrationList(paths.migrations);
      await session.engine.applyMigrations({ migrationsList: list, filters: noFilters });
      expect((await applyMigrations(fresh, paths.migrations)).applied).toEqual([]);
    } finally {
      await session.close();
      await fresh.close();
    }
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)("migrations on PostgreSQL (TEST_DATABASE_URL)", () => {
  let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;
  beforeAll(async () => {
    database = await createThrowawayDatabase(serverUrl ?? "");
  });
  afterAll(() => database?.drop());

  it("two concurrent deploys apply each migration once (advisory lock), a third is a no-op", async () => {
    const names = (await readMigrations(paths.migrations)).map((m) => m.name);
    const runs = await Promise.all([
      applyMigrations(database.url, paths.migrations),
      applyMigrations(database.url, paths.migrations),
    ]);
    expect(runs.flatMap((r) => r.applied).sort()).toEqual(names);
    const third = await applyMigrations(database.url, paths.migrations);
    expect(third).toEqual({ applied: [], alreadyApplied: names.length });
  });

  it("refuses a migration edited after it was applied", async () => {
    const dir = await migrationsCopy();
    await tamperFirstMigration(dir);
    await expect(applyMigrations(database.url, dir)).rejects.toThrow(/checksum mismatch/);
  });

  it("builds the same tables, columns and indexes as on PGlite", async () => {
    const lite = await PGlite.create();
    await applyMigrations(lite, paths.migrations);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      for (const sql of CATALOG_QUERIES) {
        const [onPg, onLite] = [(await client.query(sql)).rows, (await lite.query(sql)).rows];
        expect(onPg.length).toBeGreaterThan(0);
        expect(onPg).toEqual(onLite);
      }
    } finally {
      await client.end();
      await lite.close();
    }
  });
});

const CATALOG_QUERIES = [
  `SELECT table_name, column_name, data_type, is_nullable, column_default
     FROM information_schema.columns WHERE table_schema = 'public'
     ORDER BY table_name, column_name`,
  `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
     ORDER BY tablename, indexname`,
  // contype 'n': PostgreSQL 18 (PGlite) also lists NOT NULL here; 15 does not.
  `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE connamespace = 'public'::regnamespace AND contype <> 'n' ORDER BY conname`,
];
