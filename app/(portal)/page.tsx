import type { Metadata } from "next";
import { Suspense } from "react";
import { BalanceCard } from "@/components/dashboard/balance-card";
import { BillingCard } from "@/components/dashboard/billing-card";
import { EnvironmentsCard } from "@/components/dashboard/environments-card";
import { NotificationsCard } from "@/components/dashboard/notifications-card";
import { RunwayCard } from "@/components/dashboard/runway-card";
import { CardSkeleton } from "@/components/ui/card";
import { requireAccount } from "@/lib/data/session";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("meta.dashboardTitle") };
}

/** Each widget loads on its own: upstream calls run in parallel and one failure stays local. */
export default async function DashboardPage() {
  const [account, t] = await Promise.all([requireAccount(), getTranslator()]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">
          {t("dashboard.heading", { name: account.displayName ?? account.email })}
        </h1>
        {account.platformUid != null && (
          <form action="/sso/platform" method="post" target="_blank">
            <button type="submit" className="bg-brand rounded px-4 py-2 font-medium text-white">
              {t("dashboard.ssoButton")}{" "}
              <span className="sr-only">{t("common.opensInNewTab")}</span>
            </button>
          </form>
        )}
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <Suspense fallback={<CardSkeleton title={t("dashboard.balanceHeading")} />}>
          <BalanceCard account={account} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title={t("billingHistory.runwayHeading")} />}>
          <RunwayCard account={account} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title={t("dashboard.billingHeading")} />}>
          <BillingCard account={account} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title={t("dashboard.environmentsHeading")} />}>
          <EnvironmentsCard account={account} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title={t("dashboard.notificationsHeading")} />}>
          <NotificationsCard account={account} />
        </Suspense>
      </div>
    </div>
  );
}
