import Link from "next/link";
import { Card, UnavailableCard } from "@/components/ui/card";
import { getEnvironmentSummary } from "@/lib/data/dashboard";
import type { SessionAccount } from "@/lib/data/session";
import { getTranslator } from "@/lib/i18n/server";

export async function EnvironmentsCard({ account }: { account: SessionAccount }) {
  const [summary, t] = await Promise.all([getEnvironmentSummary(account), getTranslator()]);
  const title = t("dashboard.environmentsHeading");
  if (!summary.ok) {
    const message =
      summary.reason === "no_platform"
        ? t("dashboard.noPlatformAccount")
        : t("dashboard.widgetUnavailable");
    return <UnavailableCard id="environments" title={title} message={message} />;
  }
  return (
    <Card id="environments" title={title}>
      <p className="text-lg font-semibold" data-testid="environments-count">
        <Link href="/environments" className="underline-offset-2 hover:underline">
          {t("dashboard.environmentsCount", { count: summary.data.total })}
        </Link>
      </p>
      {summary.data.byStatus.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label={title}>
          {summary.data.byStatus.map(([status, count]) => (
            <li key={status} className="rounded-full bg-slate-100 px-3 py-1">
              {t(`envStatus.${status}`)}: <span className="font-medium">{count}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
