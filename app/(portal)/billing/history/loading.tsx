import { CardSkeleton } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";

export default async function Loading() {
  const t = await getTranslator();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("billingHistory.title")}</h1>
      <CardSkeleton title={t("billingHistory.totalsHeading")} />
      <CardSkeleton title={t("billingHistory.chartHeading")} />
    </div>
  );
}
