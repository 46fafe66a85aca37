import { Card, UnavailableCard } from "@/components/ui/card";
import { getBillingSummary } from "@/lib/data/dashboard";
import type { SessionAccount } from "@/lib/data/session";
import { formatMoney } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";

export async function BillingCard({ account }: { account: SessionAccount }) {
  const [summary, t, locale] = await Promise.all([
    getBillingSummary(account),
    getTranslator(),
    getLocale(),
  ]);
  const title = t("dashboard.billingHeading");
  if (!summary.ok) {
    const message =
      summary.reason === "no_billing"
        ? t("dashboard.noBillingAccount")
        : t("dashboard.widgetUnavailable");
    return <UnavailableCard id="billing" title={title} message={message} />;
  }
  return (
    <Card id="billing" title={title}>
      <dl className="grid grid-cols-2 gap-y-2 text-sm">
        <dt className="text-slate-600">{t("dashboard.whmcsCredit")}</dt>
        <dd className="text-right text-lg font-semibold" data-testid="whmcs-credit">
          {summary.data.credit ? formatMoney(summary.data.credit, locale) : "—"}
        </dd>
      </dl>
      <p className="mt-2 text-sm" data-testid="unpaid-invoices">
        {t("dashboard.unpaidInvoices", { count: summary.data.unpaidCount })}
      </p>
      <form action="/sso/billing" method="post" target="_blank" className="mt-3">
        <button
          type="submit"
          className="text-brand text-sm font-medium underline underline-offset-2"
        >
          {t("dashboard.billingSsoButton")}{" "}
          <span className="sr-only">{t("common.opensInNewTab")}</span>
        </button>
      </form>
    </Card>
  );
}
