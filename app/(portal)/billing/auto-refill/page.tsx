import type { Metadata } from "next";
import Link from "next/link";
import { Card, Unavailable } from "@/components/ui/card";
import { toDecimalString } from "@/lib/billing/money";
import { methodText } from "@/lib/billing/saved-method-text";
import { getAutoRefill, type AutoRefillView } from "@/lib/data/auto-refill";
import { requireAccount } from "@/lib/data/session";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { AutoRefillForm } from "./_components/auto-refill-form";
import { SwitchOffForm } from "./_components/switch-off-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("autoRefill.title") };
}

const linkClass = "text-brand font-medium underline";

function StatusCard({ view, t, locale }: { view: AutoRefillView; t: Translate; locale: string }) {
  const money = (amountMinor: number | null) =>
    formatMoney({ amountMinor: amountMinor ?? 0, currency: view.currency }, locale);
  const switchedOffNoMethod = !view.enabled && view.lastError === "no_payment_method";
  return (
    <Card id="auto-refill-status" title={t("autoRefill.statusHeading")}>
      <div className="space-y-2 text-sm" data-testid="auto-refill-status">
        <p>
          {view.enabled
            ? t("autoRefill.statusOn", {
                threshold: money(view.thresholdMinor),
                amount: money(view.amountMinor),
              })
            : switchedOffNoMethod
              ? t("autoRefill.switchedOffNoMethod")
              : t("autoRefill.statusOff")}
        </p>
        {view.lastRun && (
          <p>
            {t("autoRefill.lastRun", {
              date: formatDateTime(view.lastRun.at, locale),
              status: t(`autoRefill.lastRunStatus.${view.lastRun.status ?? "unknown"}`),
            })}
          </p>
        )}
        {view.lastError && !switchedOffNoMethod && (
          <div className="space-y-1 rounded border border-amber-300 bg-amber-50 p-3 text-amber-950">
            {view.paused && <p className="font-medium">{t("autoRefill.statusPaused")}</p>}
            <p>{t(`autoRefill.reasons.${view.lastError}`)}</p>
          </div>
        )}
      </div>
    </Card>
  );
}

function MethodCard({ view, t, locale }: { view: AutoRefillView; t: Translate; locale: string }) {
  return (
    <Card id="auto-refill-method" title={t("autoRefill.methodHeading")}>
      {view.method ? (
        <div className="space-y-2 text-sm">
          <p>{t("autoRefill.methodUsed", { method: methodText(view.method, t, locale).title })}</p>
          {view.method.expired && <p className="text-red-800">{t("autoRefill.methodExpired")}</p>}
          <p>
            <Link href="/billing/payment-methods" className={linkClass}>
              {t("autoRefill.changeMethod")}
            </Link>
          </p>
        </div>
      ) : (
        <div className="space-y-2 text-sm">
          <p>{t("autoRefill.noMethod")}</p>
          <p className="text-slate-700">{t("autoRefill.noGuestPayPal")}</p>
          <p>
            <Link href="/billing/refill" className={linkClass}>
              {t("autoRefill.refillLink")}
            </Link>
          </p>
        </div>
      )}
    </Card>
  );
}

export default async function AutoRefillPage() {
  const [account, t, locale] = await Promise.all([requireAccount(), getTranslator(), getLocale()]);
  const view = await getAutoRefill(account);
  const money = (amountMinor: number) =>
    formatMoney({ amountMinor, currency: view.currency }, locale);
  const typed = (amountMinor: number | null) =>
    amountMinor === null ? "" : toDecimalString({ amountMinor, currency: view.currency });

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("autoRefill.title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("autoRefill.intro")}</p>
      </div>
      {!view.eligible ? (
        <Card id="auto-refill-status" title={t("autoRefill.statusHeading")}>
          <div className="space-y-3 text-sm">
            <Unavailable message={t("autoRefill.notEligible")} />
            <p>
              <Link href="/billing/refill" className={linkClass}>
                {t("autoRefill.refillLink")}
              </Link>
            </p>
          </div>
        </Card>
      ) : (
        <>
          <StatusCard view={view} t={t} locale={locale} />
          <MethodCard view={view} t={t} locale={locale} />
          <Card id="auto-refill-settings" title={t("autoRefill.formHeading")}>
            <div className="space-y-4">
              {view.method && (
                <AutoRefillForm
                  initial={{
                    enabled: view.enabled,
                    threshold: typed(view.thresholdMinor),
                    amount: typed(view.amountMinor),
                  }}
                  labels={{
                    enabled: t("autoRefill.enabled"),
                    threshold: t("autoRefill.threshold", { currency: view.currency }),
                    thresholdHint: t("autoRefill.thresholdHint"),
                    amount: t("autoRefill.amount", { currency: view.currency }),
                    amountHint: t("autoRefill.amountHint", {
                      min: money(view.limits.minMinor),
                      max: money(view.limits.maxMinor),
                      step: money(view.limits.stepMinor),
                    }),
                    save: t("autoRefill.save"),
                    saving: t("autoRefill.saving"),
                  }}
                />
              )}
              <SwitchOffForm
                enabled={view.enabled}
                labels={{
                  switchOff: t("autoRefill.switchOff"),
                  switchingOff: t("autoRefill.switchingOff"),
                }}
              />
              <p className="text-xs text-slate-700">{t("autoRefill.cooldownNote")}</p>
            </div>
          </Card>
        </>
      )}
    </div>
  );
}
