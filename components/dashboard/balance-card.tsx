import Link from "next/link";
import { Card, UnavailableCard } from "@/components/ui/card";
import { getBalanceSummary } from "@/lib/data/dashboard";
import type { SessionAccount } from "@/lib/data/session";
import { formatMoney } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";

const GROUP_KEYS: Record<string, MessageKey> = {
  trial: "dashboard.groupTrial",
  billing: "dashboard.groupBilling",
  post: "dashboard.groupPost",
  beta: "dashboard.groupBeta",
};

export async function BalanceCard({ account }: { account: SessionAccount }) {
  const [summary, t, locale] = await Promise.all([
    getBalanceSummary(account),
    getTranslator(),
    getLocale(),
  ]);
  if (!summary.ok) {
    const message =
      summary.reason === "no_platform"
        ? t("dashboard.noPlatformAccount")
        : t("dashboard.widgetUnavailable");
    return <UnavailableCard id="balance" title={t("dashboard.balanceHeading")} message={message} />;
  }
  const { balance, bonus, group, groupType } = summary.data;
  const groupKey = GROUP_KEYS[groupType];
  return (
    <Card id="balance" title={t("dashboard.balanceHeading")}>
      <dl className="grid grid-cols-2 gap-y-2 text-sm">
        <dt className="text-slate-600">{t("dashboard.mainBalance")}</dt>
        <dd className="text-right text-lg font-semibold" data-testid="main-balance">
          {formatMoney(balance, locale)}
        </dd>
        <dt className="text-slate-600">{t("dashboard.bonusBalance")}</dt>
        <dd className="text-right" data-testid="bonus-balance">
          {formatMoney(bonus, locale)}
        </dd>
        <dt className="text-slate-600">{t("dashboard.accountGroup")}</dt>
        <dd className="text-right" data-testid="account-group">
          {groupKey ? t(groupKey) : t("dashboard.groupUnknown", { group })}
        </dd>
      </dl>
      <p className="mt-3 text-sm">
        {groupType === "trial" ? (
          <Link href="/billing/upgrade" className="text-brand font-medium underline">
            {t("payments.menu.upgrade")}
          </Link>
        ) : (
          <Link href="/billing/refill" className="text-brand font-medium underline">
            {t("payments.menu.refill")}
          </Link>
        )}
      </p>
    </Card>
  );
}
