import type { NotifyPort } from "./deps";

/**
 * The minimal notification port: one dashboard Notification row, written in the same transaction
 * that moves the payment to `notified`, so it exists exactly once. Email is added later by wrapping
 * this port (enqueue the mail job with the same transaction, pg-boss `fromPrisma(tx)`).
 */
export const notifyByDashboard: NotifyPort = async (tx, message) => {
  await tx.notification.create({
    data: { accountId: message.accountId, kind: message.kind, params: message.data },
  });
};
