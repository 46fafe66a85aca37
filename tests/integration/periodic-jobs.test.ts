import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AutoRefillDeps } from "@/lib/billing/auto-refill";
import { startAutoRefillWorker } from "@/lib/jobs/auto-refill-jobs";
import { startEmailRetryWorker } from "@/lib/jobs/email-jobs";
import { startQueue, type JobQueue } from "@/lib/jobs/queue";
import { backends, BILLING, startHarness, type Harness } from "./support/settlement-harness";
import { closedPort, testNotifier } from "./support/test-notifier";

/**
 * The periodic jobs on pg-boss really running (in-process on the test's PGlite, or PostgreSQL):
 * both are scheduled as cron jobs, and a run of each does its work — a notification email kept
 * pending while SMTP was down goes out, and the auto-refill check charges a low balance once.
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

describe.each(backends)("periodic jobs on pg-boss (%s)", (backend) => {
  let h: Harness;
  let queue: JobQueue;
  const errors: Error[] = [];

  const notifier = (smtpPort: number) => testNotifier(h.db, smtpPort);
  let mail: ReturnType<typeof notifier>;

  const emails = async () => {
    const response = await fetch(
      `${h.sandboxUrl}/_control/emails?to=${encodeURIComponent(BILLING.email)}`,
    );
    return (await response.json()) as { subject: string }[];
  };

  beforeAll(async () => {
    h = await startHarness(backend);
    await h.reset();
    mail = notifier(h.smtpPort);
    const target = h.pglite ? { pglite: h.pglite } : { databaseUrl: h.databaseUrl ?? "" };
    queue = await startQueue(target, (error) => errors.push(error));
    const deps = (): AutoRefillDeps => ({
      settlement: h.deps(),
      notify: (id, event) => mail.notify(id, event),
      requestSettlement: async () => undefined,
      currency: "USD",
      cooldownMs: 60 * 60_000,
    });
    await startAutoRefillWorker(queue, deps, 5);
    await startEmailRetryWorker(queue, () => mail.retryPendingEmails());
  });
  afterAll(async () => {
    await queue?.stop();
    mail?.close();
    await h?.close();
  });

  it("both are scheduled: emails every minute, auto-refill every AUTO_REFILL_CHECK_MINUTES", async () => {
    const schedules = await queue.boss.getSchedules();
    const cron = Object.fromEntries(schedules.map((s) => [s.name, s.cron]));
    expect(cron).toMatchObject({
      "notifications-retry-emails": "* * * * *",
      "billing-auto-refill": "*/5 * * * *",
    });
  });

  it("an email kept pending while SMTP was down is sent by the next run", async () => {
    const down = notifier(await closedPort());
    const result = await down.notify(h.accountId("billing"), {
      kind: "refill_done",
      paymentId: "pay_smtp_down",
      amountMinor: 2_500,
      currency: "USD",
    });
    down.close();
    expect(result.email).toBe("failed");
    expect(await emails()).toHaveLength(0);

    await queue.send("notifications-retry-emails", {});
    const sent = await until(emails, (list) => list.length > 0, 20_000);
    expect(sent).toHaveLength(1);
    const row = await h.db.notification.findUniqueOrThrow({ where: { id: result.notificationId } });
    expect(row.emailStatus).toBe("sent");
    expect(errors).toEqual([]);
  });

  it("a run of the auto-refill check refills a low balance once", async () => {
    const accountId = h.accountId("billing");
    await h.db.paymentMethod.create({
      data: {
        accountId,
        provider: "test-card",
        providerTokenId: "pm_jobs_visa",
        kind: "card",
        display: { brand: "visa", last4: "4242", expMonth: 12, expYear: 2030 },
        isDefault: true,
      },
    });
    await h.db.autoRefill.create({
      data: {
        accountId,
        enabled: true,
        thresholdMinor: 5_000,
        amountMinor: 1_500,
        currency: "USD",
      },
    });
    await queue.send("billing-auto-refill", {});
    await queue.send("billing-auto-refill", {});
    const done = await until(
      () => h.db.payment.findMany({ where: { accountId, purpose: "auto-refill" } }),
      (rows) => rows.some((p) => p.state === "done"),
      20_000,
    );
    expect(done.map((p) => p.state)).toEqual(["done"]);
    expect(h.card.charges.size).toBe(1);
  });
});
