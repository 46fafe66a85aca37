/**
 * `npm run worker`: a job worker process for production (settlement, reconciliation), any number
 * of them next to the portal processes. Needs DATABASE_URL: the embedded PGlite belongs to the one
 * portal process (its workers run inside it, see instrumentation.ts).
 */
import { existsSync } from "node:fs";
import { getEnv } from "@/lib/config/env";
import { applyMigrations, closeDatabases } from "@/lib/db";
import { startWorkers, stopJobs } from "@/lib/jobs/runtime";

async function main() {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const env = getEnv();
  if (!env.DATABASE_URL) {
    console.error(
      "npm run worker needs DATABASE_URL (PostgreSQL). With the embedded database the portal process runs the workers itself.",
    );
    process.exit(2);
  }
  await applyMigrations(env.DATABASE_URL, "prisma/migrations");
  await startWorkers();
  console.log("worker: settlement, reconciliation, auto-refill and email-retry workers running");
  const shutdown = async () => {
    await stopJobs();
    await closeDatabases();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(`worker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
