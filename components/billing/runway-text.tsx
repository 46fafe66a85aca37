import { Unavailable } from "@/components/ui/card";
import type { RunwayView } from "@/lib/data/runway";
import type { Widget } from "@/lib/data/widget";
import { formatMoney } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";

/** "Your balance lasts about N days at your current spend", for the dashboard and the history page. */
export function RunwayText({
  result,
  t,
  locale,
}: {
  result: Widget<RunwayView>;
  t: Translate;
  locale: string;
}) {
  if (!result.ok) {
    return (
      <Unavailable
        message={
          result.reason === "no_platform"
            ? t("billingHistory.noPlatform")
            : t("billingHistory.runwayUnavailable")
        }
      />
    );
  }
  const { runway, dailySpend } = result.data;
  const sentence =
    runway.kind === "no_spend"
      ? t("billingHistory.runwayNoSpend")
      : runway.kind === "exhausted"
        ? t("billingHistory.runwayExhausted")
        : runway.days === 0
          ? t("billingHistory.runwayLessThanDay")
          : t("billingHistory.runwayLasts", { days: runway.days });
  return (
    <div className="space-y-1">
      <p className="font-medium" data-testid="runway">
        {sentence}
      </p>
      {runway.kind !== "no_spend" && (
        <p className="text-sm text-slate-600" data-testid="runway-detail">
          {t("billingHistory.runwayDetail", { amount: formatMoney(dailySpend, locale) })}
        </p>
      )}
    </div>
  );
}
