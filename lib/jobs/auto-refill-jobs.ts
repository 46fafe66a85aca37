import { runAutoRefill, type AutoRefillDeps } from "@/lib/billing/auto-refill";
import { cronEveryMinutes } from "./cron";
import type { JobQueue } from "./queue";

/**
 * The auto-refill check every AUTO_REFILL_CHECK_MINUTES. The job is a singleton queue, and the
 * check itself is safe to run twice at once (lib/billing/auto-refill.ts), so several worker
 * processes never charge an account twice.
 */
export async function startAutoRefillWorker(
  queue: JobQueue,
  deps: () => AutoRefillDeps,
  everyMinutes: number,
): Promise<void> {
  await queue.work("billing-auto-refill", async () => {
    await runAutoRefill(deps());
  });
  await queue.schedule("billing-auto-refill", cronEveryMinutes(everyMinutes));
}
