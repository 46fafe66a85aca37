import type { SettlementDeps } from "@/lib/payments/deps";
import { reconcile } from "@/lib/payments/reconcile";
import { settle } from "@/lib/payments/settle";
import type { JobQueue } from "./queue";

/** Thrown so pg-boss retries the job with backoff. */
export class SettlementNotFinished extends Error {
  override name = "SettlementNotFinished";
}

/** Asks for settle(paymentId) soon; at most one queued job per payment. */
export function enqueueSettlement(queue: JobQueue, paymentId: string): Promise<string | null> {
  return queue.send("payments-settle", { paymentId }, { singletonKey: paymentId });
}

/**
 * The workers: settlement (retried with backoff until final or waiting for the customer) and the
 * reconciliation sweep every minute.
 */
export async function startSettlementWorkers(
  queue: JobQueue,
  deps: () => SettlementDeps,
): Promise<void> {
  await queue.work("payments-settle", async ({ paymentId }) => {
    const result = await settle(paymentId, deps());
    if (result.outcome === "retry" || result.outcome === "busy") {
      throw new SettlementNotFinished(`${paymentId}: ${result.outcome} ${result.error ?? ""}`);
    }
  });
  await queue.work("payments-reconcile", async () => {
    await reconcile(deps());
  });
  await queue.schedule("payments-reconcile", "* * * * *");
}
