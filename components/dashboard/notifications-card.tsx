import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getRecentNotifications } from "@/lib/data/dashboard";
import type { SessionAccount } from "@/lib/data/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { presentNotification } from "@/lib/notifications/present";

export async function NotificationsCard({ account }: { account: SessionAccount }) {
  const [items, t, locale] = await Promise.all([
    getRecentNotifications(account),
    getTranslator(),
    getLocale(),
  ]);
  return (
    <Card id="notifications" title={t("dashboard.notificationsHeading")}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("dashboard.noNotifications")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {items.map((item) => {
            const view = presentNotification(item.kind, item.params, t, locale);
            return (
              <li key={item.id} className={item.readAt ? "text-slate-600" : "font-medium"}>
                <time dateTime={item.createdAt.toISOString()}>
                  {formatDateTime(item.createdAt, locale)}
                </time>{" "}
                {view.title}
                {item.readAt ? null : (
                  <span className="sr-only"> ({t("notifications.unread")})</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-3 text-sm">
        <Link href="/notifications" className="text-brand underline">
          {t("notifications.viewAll")}
        </Link>
      </p>
    </Card>
  );
}
