import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { BalanceMenu, type BalanceMenuItem } from "@/components/shell/balance-menu";
import { BrandMark } from "@/components/shell/brand-mark";
import { PlanMenuItem, RefillItem } from "@/components/shell/plan-menu-item";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { NotificationsLink } from "@/components/shell/notifications-link";
import { SupportFooter } from "@/components/shell/support-footer";
import { getBranding } from "@/lib/config/branding";
import { countUnreadNotifications } from "@/lib/data/notifications";
import { requireAccount } from "@/lib/data/session";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { signOutAction } from "./actions";

/** The signed-in shell. requireAccount here is for the redirect; every data call checks again. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const [account, locale, t] = await Promise.all([requireAccount(), getLocale(), getTranslator()]);
  const branding = getBranding();
  const unread = await countUnreadNotifications(account);
  const balanceItems: BalanceMenuItem[] = [
    { href: "/billing/auto-refill", label: t("payments.menu.autoRefill") },
    { href: "/billing/payment-methods", label: t("payments.menu.methods") },
    { href: "/invoices", label: t("invoices.nav") },
    { href: "/billing/history", label: t("billingHistory.nav") },
  ];
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:p-2"
      >
        {t("common.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-6 py-3">
          <Link href="/" className="rounded">
            <BrandMark branding={branding} />
          </Link>
          <nav aria-label={t("common.mainNavigation")}>
            <ul className="flex gap-4 text-sm font-medium">
              <li>
                <Link href="/" className="hover:underline">
                  {t("nav.dashboard")}
                </Link>
              </li>
              <li>
                <BalanceMenu
                  label={t("payments.menu.button")}
                  first={
                    <Suspense fallback={<RefillItem t={t} />}>
                      <PlanMenuItem account={account} t={t} />
                    </Suspense>
                  }
                  items={balanceItems}
                />
              </li>
              <li>
                <Link href="/ssh-keys" className="hover:underline">
                  {t("sshKeys.nav")}
                </Link>
              </li>
              <li>
                <Link href="/environments" className="hover:underline">
                  {t("environments.title")}
                </Link>
              </li>
            </ul>
          </nav>
          <div className="flex flex-wrap items-center gap-4">
            <LocaleSwitcher locale={locale} t={t} />
            <NotificationsLink unread={unread} t={t} />
            <span className="text-sm text-slate-700" data-testid="signed-in-email">
              {account.email}
            </span>
            <form action={signOutAction}>
              <button
                type="submit"
                className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100"
              >
                {t("common.signOut")}
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-6 py-8">
        {children}
      </main>
      <SupportFooter branding={branding} t={t} />
    </div>
  );
}
