import type { Metadata } from "next";
import { z } from "zod";
import { Pagination } from "@/components/environments/pagination";
import { listNotifications, countUnreadNotifications } from "@/lib/data/notifications";
import { requireAccount } from "@/lib/data/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { presentNotification } from "@/lib/notifications/present";
import { MarkAllReadForm } from "./_components/mark-all-read-form";
import { MarkReadForm } from "./_components/mark-read-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("notifications.title") };
}

const searchSchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [account, t, locale, raw] = await Promise.all([
    requireAccount(),
    getTranslator(),
    getLocale(),
    searchParams,
  ]);
  const { page: requested } = searchSchema.parse({ page: raw.page ?? 1 });
  const [list, unread] = await Promise.all([
    listNotifications(account, requested),
    countUnreadNotifications(account),
  ]);

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("notifications.title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("notifications.intro")}</p>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p className="text-sm font-medium" data-testid="unread-summary">
          {t("notifications.unreadCount", { count: unread })}
        </p>
        <MarkAllReadForm
          key={list.page}
          unread={unread}
          text={t("notifications.markAllRead")}
          pendingText={t("notifications.saving")}
        />
      </div>
      {list.total === 0 ? (
        <p className="text-sm text-slate-600">{t("notifications.empty")}</p>
      ) : (
        <ol aria-label={t("notifications.list")} className="space-y-3">
          {list.items.map((item) => {
            const view = presentNotification(item.kind, item.params, t, locale);
            const date = formatDateTime(item.createdAt, locale);
            const unreadItem = item.readAt === null;
            return (
              <li
                key={item.id}
                data-testid="notification"
                data-unread={unreadItem ? "true" : "false"}
                className={
                  unreadItem
                    ? "border-brand rounded-lg border border-l-4 bg-blue-50 p-4"
                    : "rounded-lg border border-slate-200 bg-white p-4"
                }
              >
                <article aria-labelledby={`notification-${item.id}-title`} className="space-y-2">
                  <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                    <h2
                      id={`notification-${item.id}-title`}
                      className={unreadItem ? "font-semibold" : "font-medium text-slate-800"}
                    >
                      {view.title}
                    </h2>
                    <span
                      className={
                        unreadItem
                          ? "bg-brand rounded px-2 py-0.5 text-xs font-medium text-white"
                          : "rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700"
                      }
                    >
                      {unreadItem ? t("notifications.unread") : t("notifications.read")}
                    </span>
                    <time
                      dateTime={item.createdAt.toISOString()}
                      className="text-sm text-slate-600"
                    >
                      {t("notifications.received", { date })}
                    </time>
                  </div>
                  {view.body && <p className="text-sm text-slate-800">{view.body}</p>}
                  <MarkReadForm
                    id={item.id}
                    unread={unreadItem}
                    text={t("notifications.markRead")}
                    context={t("notifications.markReadContext", { title: view.title, date })}
                    pendingText={t("notifications.saving")}
                  />
                </article>
              </li>
            );
          })}
        </ol>
      )}
      <Pagination
        t={t}
        page={list.page}
        pageCount={list.pages}
        hrefFor={(page) => `/notifications?page=${page}`}
      />
    </div>
  );
}
