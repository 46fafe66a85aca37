import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateClient } from "@/scripts/db/generate";
import { paths } from "@/scripts/db/paths";
import { createThrowawayDatabase } from "@/scripts/db/throwaway-database";

// lib/db imports the generated client, which a fresh clone does not have yet: generate (a no-op
// when fresh) before importing it.
type Db = typeof import("@/lib/db");
let db: Db;
beforeAll(async () => {
  await generateClient();
  db = await import("@/lib/db");
});
afterAll(async () => {
  await db?.closeDatabases();
});

type Client = ReturnType<Db["createPrismaClient"]>;

function crudSuite(open: () => Promise<Client>) {
  let prisma: Client;
  beforeAll(async () => {
    prisma = await open();
  });
  const email = (tag: string) =>
    `${tag}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;

  it("creates and reads an Account", async () => {
    const created = await prisma.account.create({ data: { email: email("a"), platformUid: 41 } });
    expect(created.id).toMatch(/^c[a-z0-9]{20,}$/);
    const found = await prisma.account.findUnique({ where: { email: created.email } });
    expect(found).toMatchObject({ platformUid: 41, whmcsClientId: null, locale: null });
    expect(found?.createdAt.getTime()).toBeCloseTo(Date.now(), -4);
  });

  it("reports a duplicate email as P2002", async () => {
    const address = email("dup");
    await prisma.account.create({ data: { email: address } });
    const error = await prisma.account
      .create({ data: { email: address } })
      .catch((e: unknown) => e);
    expect(db.isPrismaError(error, "P2002")).toBe(true);
  });

  it("writes and reads AuditEvents with JSON details", async () => {
    const account = await prisma.account.create({ data: { email: email("audit") } });
    const details = { amountMinor: 1500, currency: "USD", saved: true, note: null };
    await prisma.auditEvent.create({
      data: { accountId: account.id, action: "refill.start", outcome: "success", details },
    });
    await prisma.auditEvent.create({
      data: { accountId: account.id, action: "signin", outcome: "denied", ip: "192.0.2.1" },
    });
    const events = await prisma.auditEvent.findMany({
      where: { accountId: account.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.action, e.outcome])).toEqual([
      ["refill.start", "success"],
      ["signin", "denied"],
    ]);
    expect(events[0]?.details).toEqual(details);
  });

  it("rolls an interactive transaction back when it throws", async () => {
    const address = email("tx");
    const failed = prisma.$transaction(async (tx) => {
      const account = await tx.account.create({ data: { email: address } });
      await tx.notification.create({
        data: { accountId: account.id, kind: "welcome", params: {} },
      });
      throw new Error("abort on purpose");
    });
    await expect(failed).rejects.toThrow("abort on purpose");
    expect(await prisma.account.count({ where: { email: address } })).toBe(0);
  });

  it("deletes an account's session and notifications with it", async () => {
    const account = await prisma.account.create({
      data: {
        email: email("cascade"),
        platformSession: { create: { session: "upstream-token" } },
        notifications: { create: { kind: "refill.done", params: { amountMinor: 500 } } },
      },
    });
    await prisma.account.delete({ where: { id: account.id } });
    expect(await prisma.platformSession.count({ where: { accountId: account.id } })).toBe(0);
    expect(await prisma.notification.count({ where: { accountId: account.id } })).toBe(0);
  });

  it("keeps instants exact through raw SQL upserts (RateLimitBucket)", async () => {
    const key = `email:${email("rl")}`;
    const windowStart = new Date("2026-03-29T01:30:00.123Z");
    await prisma.$executeRaw`
      INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, ${windowStart})
      ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1`;
    await prisma.$executeRaw`
      INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, ${windowStart})
      ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1`;
    const bucket = await prisma.rateLimitBucket.findUniqueOrThrow({ where: { key } });
    expect(bucket.count).toBe(2);
    expect(bucket.windowStart.toISOString()).toBe(windowStart.toISOString());
  });
}

describe("Prisma Client on in-process PGlite", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "portal-client-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  crudSuite(async () => {
    await db.applyMigrations(db.getEmbeddedPglite(dir), paths.migrations);
    const prisma = db.createPrismaClient({ pgliteDir: dir });
    expect(db.createPrismaClient({ pgliteDir: dir })).toBe(prisma);
    return prisma;
  });

  it("refuses the folder to a second process while this one has it open", () => {
    const probe = `import { acquirePgliteLock } from ${JSON.stringify(path.join(paths.root, "lib/db/pglite-lock.ts"))};
      try { acquirePgliteLock(${JSON.stringify(dir)}); console.log("taken"); } catch (e) { console.log(e.name); }`;
    const tsx = path.join(paths.root, "node_modules", "tsx", "dist", "cli.mjs");
    const child = spawnSync(process.execPath, [tsx, "--eval", probe], { encoding: "utf8" });
    expect(child.stdout.trim()).toBe("PgliteFolderInUseError");
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)("Prisma Client on PostgreSQL (TEST_DATABASE_URL)", () => {
  let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;
  afterAll(async () => {
    await db?.closeDatabases();
    await database?.drop();
  });

  crudSuite(async () => {
    database = await createThrowawayDatabase(serverUrl ?? "");
    await db.applyMigrations(database.url, paths.migrations);
    return db.createPrismaClient({ databaseUrl: database.url, poolMax: 3 });
  });
});
