import "server-only";
import { getDb } from "./db";
import type { SessionAccount } from "./session";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type NotificationItem = {
  id: string;
  kind: string;
  params: unknown;
  readAt: Date | null;
  createdAt: Date;
};

const itemSelect = { id: true, kind: true, params: true, readAt: true, createdAt: true } as const;

/** One page of the account's notifications, newest first; an out-of-range page shows the last. */
export async function listNotifications(account: SessionAccount, requestedPage: number) {
  const db = getDb();
  const where = { accountId: account.id };
  const total = await db.notification.count({ where });
  const pages = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pages);
  const items: NotificationItem[] = await db.notification.findMany({
    where,
    // id breaks ties between rows created in the same millisecond, so pages never overlap.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
    take: NOTIFICATIONS_PAGE_SIZE,
    select: itemSelect,
  });
  return { items, page, pages, total };
}

export async function countUnreadNotifications(account: SessionAccount): Promise<number> {
  return getDb().notification.count({ where: { accountId: account.id, readAt: null } });
}

export type MarkReadResult = { ok: true } | { ok: false; reason: "not_found" };

/**
 * Marks one of the account's own notifications as read. Another account's id is "not found" and
 * changes nothing: the account is part of the WHERE clause, not checked afterwards.
 */
export async function markNotificationRead(
  account: SessionAccount,
  id: string,
): Promise<MarkReadResult> {
  const db = getDb();
  const updated = await db.notification.updateMany({
    where: { id, accountId: account.id, readAt: null },
    data: { readAt: new Date() },
  });
  if (updated.count === 1) return { ok: true };
  const own = await db.notification.count({ where: { id, accountId: account.id } });
  return own ? { ok: true } : { ok: false, reason: "not_found" };
}

export async function markAllNotificationsRead(account: SessionAccount): Promise<number> {
  const updated = await getDb().notification.updateMany({
    where: { accountId: account.id, readAt: null },
    data: { readAt: new Date() },
  });
  return updated.count;
}
