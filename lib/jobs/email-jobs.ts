import type { JobQueue } from "./queue";

/**
 * Sends notification emails still pending (SMTP was down, or a sender crashed) every minute.
 * `retry` is lib/notifications' retryPendingEmails; each email is claimed before it is sent, so
 * overlapping runs in several processes send it once.
 */
export async function startEmailRetryWorker(
  queue: JobQueue,
  retry: () => Promise<unknown>,
): Promise<void> {
  await queue.work("notifications-retry-emails", async () => {
    await retry();
  });
  await queue.schedule("notifications-retry-emails", "* * * * *");
}
