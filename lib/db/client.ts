import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client";
import { acquirePgliteLock } from "./pglite-lock";

export type DatabaseOptions = {
  /** PostgreSQL server; when absent the embedded PGlite folder is used. */
  databaseUrl?: string;
  /** Embedded database folder (default .data/pglite, relative to the working directory). */
  pgliteDir?: string;
  /** Connections per process in the PostgreSQL pool (ignored for PGlite, which is one session). */
  poolMax?: number;
};

type Handles = { prisma: PrismaClient; close(): Promise<void> };
type EmbeddedDb = { db: PGlite; release(): void };

/**
 * Kept on globalThis, not in module scope: Next.js dev re-evaluates modules on every edit, and a
 * second PGlite on the same folder would corrupt it (it has no lock of its own).
 */
const registry = globalThis as typeof globalThis & {
  __portalDb?: { clients: Map<string, Handles>; pglites: Map<string, EmbeddedDb> };
};
const state = (registry.__portalDb ??= { clients: new Map(), pglites: new Map() });

const DEFAULT_PGLITE_DIR = ".data/pglite";

/** The folder is runtime data: keep Next's file tracing from pulling the whole project into it. */
function resolveDir(dir: string): string {
  return path.resolve(/*turbopackIgnore: true*/ dir);
}

/**
 * The process's PGlite for `dir`, opened on first use (pg-boss shares it through `fromPglite`).
 * Creation is synchronous; the instance queues queries until it is ready.
 */
export function getEmbeddedPglite(dir: string = DEFAULT_PGLITE_DIR): PGlite {
  const dataDir = resolveDir(dir);
  const existing = state.pglites.get(dataDir);
  if (existing && !existing.db.closed) return existing.db;
  if (existing) {
    // Closed behind our back: forget it and the client bound to it, then open afresh.
    existing.release();
    state.clients.delete(`pglite ${dataDir}`);
  }
  mkdirSync(dataDir, { recursive: true });
  const release = acquirePgliteLock(dataDir);
  const db = new PGlite(dataDir);
  // A failed start-up rejects every query too; this only keeps it from also crashing the process
  // as an unhandled rejection before anyone queried.
  db.waitReady.catch(() => undefined);
  state.pglites.set(dataDir, { db, release });
  return db;
}

function cacheKey(opts: DatabaseOptions): string {
  if (opts.databaseUrl) return `pg ${opts.poolMax ?? 10} ${opts.databaseUrl}`;
  return `pglite ${resolveDir(opts.pgliteDir ?? DEFAULT_PGLITE_DIR)}`;
}

/**
 * The Prisma client for these options, one per process and option set: the app calls this on every
 * request, so it must not open pools or folders more than once.
 */
export function createPrismaClient(opts: DatabaseOptions = {}): PrismaClient {
  const key = cacheKey(opts);
  const cached = state.clients.get(key);
  if (cached) return cached.prisma;
  let handles: Handles;
  if (opts.databaseUrl) {
    const adapter = new PrismaPg({ connectionString: opts.databaseUrl, max: opts.poolMax ?? 10 });
    const prisma = new PrismaClient({ adapter });
    handles = { prisma, close: () => prisma.$disconnect() };
  } else {
    const dir = opts.pgliteDir ?? DEFAULT_PGLITE_DIR;
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(getEmbeddedPglite(dir)) });
    handles = {
      prisma,
      async close() {
        await prisma.$disconnect();
        await closeEmbeddedPglite(dir);
      },
    };
  }
  state.clients.set(key, handles);
  return handles.prisma;
}

async function closeEmbeddedPglite(dir: string) {
  const dataDir = resolveDir(dir);
  const entry = state.pglites.get(dataDir);
  if (!entry) return;
  state.pglites.delete(dataDir);
  try {
    // One that failed to start has nothing to close (and close() would throw the same error).
    const started = await entry.db.waitReady.then(
      () => true,
      () => false,
    );
    if (started && !entry.db.closed) await entry.db.close();
  } finally {
    entry.release();
  }
}

/** Disconnects every client and closes every PGlite of this process (shutdown, tests). */
export async function closeDatabases(): Promise<void> {
  const clients = [...state.clients.values()];
  state.clients.clear();
  await Promise.all(clients.map((c) => c.close()));
  await Promise.all([...state.pglites.keys()].map(closeEmbeddedPglite));
}
