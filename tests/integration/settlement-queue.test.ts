import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startQueue, type JobQueue } from "@/lib/jobs/queue";
import { enqueueSettlement, startSettlementWorkers } from "@/lib/jobs/settlement-jobs";
import { backends, startHarness, type Harness } from "./support/settlement-harness";
import { evidence, newRefill } from "./support/settlement-probes";

/**
 * pg-boss really running: in-process on the same PGlite as Prisma (embedded mode), and on
 * PostgreSQL when TEST_DATABASE_URL is set. Jobs settle payments; a failing step is retried by the
 * queue with backoff until the payment is done, exactly once.
 */
async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms: number) {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

describe.each(backends)("settlement jobs on pg-boss (%s)", (backend) => {
  let h: Harness;
  let queue: JobQueue;
  const errors: Error[] = [];
  beforeAll(async () => {
    h = await startHarness(backend);
    await h.reset();
    const target = h.pglite ? { pglite: h.pglite } : { databaseUrl: h.databaseUrl ?? "" };
    queue = await startQueue(target, (error) => errors.push(error));
    await startSettlementWorkers(queue, () => h.deps());
  });
  afterAll(async () => {
    await queue?.stop();
    await h?.close();
  });

  it("a queued settlement job takes a refill to done; duplicates of the job are dropped", async () => {
    const payment = await newRefill(h, { provider: "whmcs-credit", method: "credit" });
    const ids = await Promise.all([
      enqueueSettlement(queue, payment.id),
      enqueueSettlement(queue, payment.id),
    ]);
    expect(ids.filter((id) => id !== null)).toHaveLength(1);
    const done = await until(
      () => evidence(h, payment.id),
      (e) => e.state === "done",
      20_000,
    );
    expect(done).toMatchObject({ state: "done", fundings: 1, notifications: 1 });
    expect(errors).toEqual([]);
  });

  it("a step failing (platform down once) is retried by the queue with backoff, funded once", async () => {
    await h.control("faults", {
      service: "jelastic",
      action: "billing/account/fundaccount",
      status: 500,
      times: 1,
    });
    const payment = await newRefill(h);
    await enqueueSettlement(queue, payment.id);
    const done = await until(
      () => evidence(h, payment.id),
      (e) => e.state === "done",
      30_000,
    );
    expect(done).toMatchObject({ state: "done", whmcsPayments: 1, fundings: 1, notifications: 1 });
    expect(done.payment.attempts).toBe(1);
  });
});
