import { retryPendingEmails } from "@/lib/notifications";
import type { JobQueue } from "./queue";

/**
 * Emails whose first send failed (mail server down) are sent by this sweep every five minutes;
 * lib/notifications skips credentials emails, whose password was never stored.
 */
export async function startNotificationWorkers(queue: JobQueue): Promise<void> {
  await queue.work("notifications-retry", async () => {
    await retryPendingEmails({ limit: 50 });
  });
  await queue.schedule("notifications-retry", "*/5 * * * *");
}
