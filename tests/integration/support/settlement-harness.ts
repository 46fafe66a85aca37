import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations, closeDatabases, createPrismaClient, getEmbeddedPglite } from "@/lib/db";
import type { PrismaClient } from "@/lib/db";
import { silentLogger } from "@/lib/http";
import { createJelasticClient } from "@/lib/jelastic";
import { auditToDatabase } from "@/lib/payments/audit";
import type { SettlementDeps } from "@/lib/payments/deps";
import { ProviderRegistry } from "@/lib/payments/provider";
import { createWhmcsCreditProvider } from "@/lib/payments/providers/whmcs-credit";
import { createWhmcsClient } from "@/lib/whmcs";
import { startSandbox } from "@/sandbox/server";
import { createThrowawayDatabase } from "@/scripts/db/throwaway-database";
import { createTestCardProvider, type TestCardProvider } from "./test-card-provider";
import { testNotifier } from "./test-notifier";

/**
 * The saga wired to the real sandbox over HTTP and a real database: embedded PGlite, or a
 * throwaway database on the PostgreSQL server of TEST_DATABASE_URL.
 */
export type Backend = "pglite" | "postgres";

export const BILLING = { uid: 1002, clientId: 501, email: "billing@demo.test" } as const;
export const TRIAL = { uid: 1001, clientId: 502, email: "trial@demo.test" } as const;

export type Harness = {
  backend: Backend;
  db: PrismaClient;
  pglite: PGlite | null;
  databaseUrl: string | null;
  sandboxUrl: string;
  /** The sandbox's SMTP catcher (emails read back at /_control/emails). */
  smtpPort: number;
  card: TestCardProvider;
  deps(overrides?: Partial<SettlementDeps>): SettlementDeps;
  accountId(who: "billing" | "trial"): string;
  control(path: string, body?: unknown, method?: string): Promise<unknown>;
  whmcsRaw(action: string, params?: Record<string, string>): Promise<Record<string, unknown>>;
  platformRaw(method: string, params?: Record<string, string>): Promise<Record<string, unknown>>;
  reset(): Promise<void>;
  close(): Promise<void>;
};

// Long enough that a slow, shared CI machine cannot let it lapse between two calls of one test.
export const TEST_LEASE_MS = 1_200;

export async function startHarness(backend: Backend): Promise<Harness> {
  const workDir = mkdtempSync(join(tmpdir(), `settlement-${backend}-`));
  const sandbox = await startSandbox({
    port: 0,
    smtpPort: 0,
    dataDir: join(workDir, "sandbox"),
    quiet: true,
  });
  let db: PrismaClient;
  let pglite: PGlite | null = null;
  let databaseUrl: string | null = null;
  let dropDatabase = async () => undefined;
  if (backend === "postgres") {
    const database = await createThrowawayDatabase(process.env.TEST_DATABASE_URL ?? "", "saga");
    await applyMigrations(database.url, "prisma/migrations");
    databaseUrl = database.url;
    db = createPrismaClient({ databaseUrl: database.url, poolMax: 5 });
    dropDatabase = async () => void (await database.drop());
  } else {
    const dir = join(workDir, "pglite");
    pglite = getEmbeddedPglite(dir);
    await applyMigrations(pglite, "prisma/migrations");
    db = createPrismaClient({ pgliteDir: dir });
  }
  const accounts = {
    billing: await db.account.create({
      data: { email: BILLING.email, platformUid: BILLING.uid, whmcsClientId: BILLING.clientId },
    }),
    trial: await db.account.create({
      data: { email: TRIAL.email, platformUid: TRIAL.uid, whmcsClientId: TRIAL.clientId },
    }),
  };
  const clients = upstreamClients(sandbox.url);
  const harness: Harness = {
    backend,
    db,
    pglite,
    databaseUrl,
    sandboxUrl: sandbox.url,
    smtpPort: sandbox.smtpPort,
    card: createTestCardProvider("instant"),
    deps: (overrides = {}) => ({ ...testDeps(db, clients, harness.card), ...overrides }),
    accountId: (who) => accounts[who].id,
    async control(path, body, method = "POST") {
      const response = await fetch(`${sandbox.url}/_control/${path}`, {
        method,
        headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`control ${path}: HTTP ${response.status}`);
      return response.json();
    },
    async whmcsRaw(action, params = {}) {
      const response = await fetch(`${sandbox.url}/whmcs/includes/api.php`, {
        method: "POST",
        body: new URLSearchParams({
          action,
          identifier: "sandbox_whmcs_identifier",
          secret: "sandbox_whmcs_secret",
          responsetype: "json",
          ...params,
        }),
      });
      return (await response.json()) as Record<string, unknown>;
    },
    async platformRaw(method, params = {}) {
      const response = await fetch(`${sandbox.url}/jelastic/1.0/${method}`, {
        method: "POST",
        body: new URLSearchParams({ session: "sandbox_platform_admin_token", ...params }),
      });
      return (await response.json()) as Record<string, unknown>;
    },
    async reset() {
      await harness.control("reset");
      harness.card = createTestCardProvider("instant");
      await db.webhookEvent.deleteMany();
      await db.payment.deleteMany();
      await db.notification.deleteMany();
      await db.auditEvent.deleteMany();
    },
    async close() {
      await sandbox.close();
      await closeDatabases();
      await dropDatabase();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Backends to run: always PGlite; PostgreSQL too when TEST_DATABASE_URL is set. */
export const backends: Backend[] = process.env.TEST_DATABASE_URL
  ? ["pglite", "postgres"]
  : ["pglite"];

type Clients = ReturnType<typeof upstreamClients>;

/** Real HTTP clients of the sandbox; no retries inside the client (the saga retries). */
export function upstreamClients(sandboxUrl: string) {
  const logger = silentLogger;
  const whmcs = createWhmcsClient({
    baseUrl: `${sandboxUrl}/whmcs`,
    identifier: "sandbox_whmcs_identifier",
    secret: "sandbox_whmcs_secret",
    timeoutMs: 2_000,
    retries: 0,
    logger,
  });
  const jelastic = createJelasticClient({
    baseUrl: `${sandboxUrl}/jelastic`,
    regUrl: `${sandboxUrl}/jelastic-reg`,
    adminToken: "sandbox_platform_admin_token",
    currency: "USD",
    timeoutMs: 2_000,
    retries: 0,
    logger,
  });
  return { whmcs, jelastic };
}

/** The saga's dependencies for tests (also used by the child process that gets killed). */
export function testDeps(
  db: PrismaClient,
  clients: Clients,
  card: TestCardProvider,
): SettlementDeps {
  return {
    db,
    whmcs: clients.whmcs,
    jelastic: clients.jelastic,
    providers: new ProviderRegistry([createWhmcsCreditProvider(clients.whmcs, "mailin"), card]),
    notify: notifierWithoutMail(db),
    audit: auditToDatabase,
    config: {
      rechargeProductId: 1,
      billingGroup: "billing",
      leaseMs: TEST_LEASE_MS,
      stuckAfterMs: 10 * 60_000,
      abandonAfterMs: 120 * 60_000,
      returnUrl: "http://portal.test/billing/payments/{paymentId}",
      cancelUrl: "http://portal.test/billing/payments/{paymentId}/cancel",
    },
    now: () => new Date(),
  };
}

/** The real notifier with no SMTP server: dashboard rows are written, emails stay pending. */
function notifierWithoutMail(db: PrismaClient): SettlementDeps["notify"] {
  const notifier = testNotifier(db, null);
  return async (accountId, event) => {
    await notifier.notify(accountId, event);
  };
}
