import { getEnv } from "@/lib/config/env";
import { getEmbeddedPglite } from "@/lib/db";
import { createLogger } from "@/lib/http";
import { settlementDeps } from "@/lib/payments/runtime";
import { startQueue, type JobQueue } from "./queue";
import { startNotificationWorkers } from "./notification-jobs";
import { enqueueSettlement, startSettlementWorkers } from "./settlement-jobs";

/**
 * The process's queue, started once (kept on globalThis: Next dev re-evaluates modules). With
 * `workers`, this process also takes jobs; otherwise it only sends them.
 */
const holder = globalThis as typeof globalThis & {
  __jobQueue?: Promise<JobQueue>;
  __jobWorkers?: Promise<void>;
};

export function jobQueue(): Promise<JobQueue> {
  holder.__jobQueue ??= (async () => {
    const env = getEnv();
    const logger = createLogger({ level: env.LOG_LEVEL });
    const onError = (error: Error) => logger.error("jobs.error", { message: error.message });
    return env.DATABASE_URL
      ? startQueue({ databaseUrl: env.DATABASE_URL }, onError)
      : startQueue({ pglite: getEmbeddedPglite(env.PGLITE_DIR) }, onError);
  })();
  holder.__jobQueue.catch(() => {
    holder.__jobQueue = undefined;
  });
  return holder.__jobQueue;
}

/** Starts the workers in this process (once). */
export function startWorkers(): Promise<void> {
  holder.__jobWorkers ??= jobQueue().then(async (queue) => {
    await startSettlementWorkers(queue, settlementDeps);
    await startNotificationWorkers(queue);
  });
  return holder.__jobWorkers;
}

/** For webhooks, the return page and server actions: settle this payment in the background. */
export async function requestSettlement(paymentId: string): Promise<void> {
  await enqueueSettlement(await jobQueue(), paymentId);
}

export async function stopJobs(): Promise<void> {
  const queue = holder.__jobQueue;
  holder.__jobQueue = undefined;
  holder.__jobWorkers = undefined;
  if (queue) await (await queue).stop();
}
