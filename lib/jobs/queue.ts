import type { PGlite } from "@electric-sql/pglite";
import { fromPglite, PgBoss, type SendOptions } from "pg-boss";

/**
 * The job queue: pg-boss on the portal's own database (shared/reference/jobs.md). Embedded mode
 * shares the process's PGlite through pg-boss's adapter; production connects to DATABASE_URL, so
 * any number of portal and worker processes take jobs from one set of tables. pg-boss creates and
 * migrates its schema (`pgboss`) on start.
 */

/** Every job and its payload; names are the pg-boss queue names. */
export type JobPayloads = {
  "payments-settle": { paymentId: string };
  "payments-reconcile": Record<string, never>;
  "notifications-retry": Record<string, never>;
};
export type JobName = keyof JobPayloads;

/** Retry with exponential backoff: 5 s, 10 s, 20 s … capped at 10 min; reconciliation does the rest. */
const QUEUES: Record<JobName, Parameters<PgBoss["createQueue"]>[1]> = {
  "payments-settle": {
    // At most one queued and one active job per payment (singletonKey = payment id).
    policy: "stately",
    retryLimit: 10,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 600,
    expireInSeconds: 300,
  },
  "payments-reconcile": { policy: "singleton", retryLimit: 0, expireInSeconds: 600 },
  "notifications-retry": { policy: "singleton", retryLimit: 0, expireInSeconds: 600 },
};

export type QueueTarget = { databaseUrl: string } | { pglite: PGlite };

export type JobQueue = {
  send<N extends JobName>(
    name: N,
    data: JobPayloads[N],
    options?: SendOptions,
  ): Promise<string | null>;
  work<N extends JobName>(name: N, handler: (data: JobPayloads[N]) => Promise<void>): Promise<void>;
  /** Cron in UTC, e.g. "* * * * *". */
  schedule(name: JobName, cron: string): Promise<void>;
  stop(): Promise<void>;
  readonly boss: PgBoss;
};

export async function startQueue(
  target: QueueTarget,
  onError: (error: Error) => void,
): Promise<JobQueue> {
  const boss =
    "pglite" in target
      ? new PgBoss({ db: fromPglite(target.pglite), backend: "pglite", useListenNotify: true })
      : new PgBoss({ connectionString: target.databaseUrl });
  boss.on("error", onError);
  await boss.start();
  for (const [name, options] of Object.entries(QUEUES)) {
    await boss.createQueue(name, options);
  }
  return {
    boss,
    send: (name, data, options) => boss.send(name, data, options ?? {}),
    async work(name, handler) {
      await boss.work<JobPayloads[typeof name]>(
        name,
        { batchSize: 1, pollingIntervalSeconds: 2 },
        async (jobs) => {
          for (const job of jobs) await handler(job.data);
        },
      );
    },
    schedule: (name, cron) => boss.schedule(name, cron, {}, { tz: "UTC" }),
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
