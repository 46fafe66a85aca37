import Link from "next/link";
import { RunwayText } from "@/components/billing/runway-text";
import { Card } from "@/components/ui/card";
import { getRunway } from "@/lib/data/runway";
import type { SessionAccount } from "@/lib/data/session";
import { getLocale, getTranslator } from "@/lib/i18n/server";

export async function RunwayCard({ account }: { account: SessionAccount }) {
  const [result, t, locale] = await Promise.all([getRunway(account), getTranslator(), getLocale()]);
  return (
    <Card id="runway" title={t("billingHistory.runwayHeading")}>
      <RunwayText result={result} t={t} locale={locale} />
      {result.ok && (
        <p className="mt-3 text-sm">
          <Link href="/billing/history" className="text-brand underline">
            {t("billingHistory.viewHistory")}
          </Link>
        </p>
      )}
    </Card>
  );
}
