import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

/**
 * The bell in the header. Its accessible name is the whole message ("3 unread notifications");
 * the visible count is only the number, which that name contains.
 */
export function NotificationsLink({ unread, t }: { unread: number; t: Translate }) {
  const shown = unread > 99 ? "99+" : String(unread);
  return (
    <Link
      href="/notifications"
      aria-label={t("notifications.badgeLabel", { count: unread })}
      data-testid="notifications-badge"
      className="relative inline-flex h-9 w-9 items-center justify-center rounded border border-slate-300 hover:bg-slate-100"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="20"
        height="20"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {unread > 0 && (
        <span className="bg-brand absolute -top-2 -right-2 min-w-5 rounded-full px-1 text-center text-xs leading-5 font-semibold text-white">
          {shown}
        </span>
      )}
    </Link>
  );
}
