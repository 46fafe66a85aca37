import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { listSavedMethods, type SavedMethodView } from "@/lib/data/payment-methods";
import { requireAccount } from "@/lib/data/session";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { MethodList, type MethodRow } from "./_components/method-list";
import { methodText } from "@/lib/billing/saved-method-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("paymentMethods.title") };
}

/** Names and questions are composed here, so the client list only receives strings. */
function toRow(
  method: SavedMethodView,
  all: SavedMethodView[],
  t: Translate,
  locale: string,
): MethodRow {
  const text = methodText(method, t, locale);
  const values = { method: text.title };
  const question =
    all.length === 1
      ? t("paymentMethods.removeLastQuestion", values)
      : method.isDefault
        ? t("paymentMethods.removeDefaultQuestion", values)
        : t("paymentMethods.removeQuestion", values);
  return {
    id: method.id,
    title: text.title,
    visual: text.visual,
    detail: text.detail,
    isDefault: method.isDefault,
    expired: method.expired,
    makeDefaultName: t("paymentMethods.makeDefaultName", values),
    removeName: t("paymentMethods.removeName", values),
    question,
    confirm: t("paymentMethods.confirmRemove", values),
  };
}

export default async function PaymentMethodsPage() {
  const [account, t, locale] = await Promise.all([requireAccount(), getTranslator(), getLocale()]);
  const methods = await listSavedMethods(account);
  const linkClass = "text-brand font-medium underline";

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("paymentMethods.title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("paymentMethods.intro")}</p>
      </div>
      {methods.length === 0 ? (
        <Card id="payment-methods-empty" title={t("paymentMethods.emptyHeading")}>
          <div className="space-y-3 text-sm">
            <p className="max-w-3xl text-slate-700">{t("paymentMethods.empty")}</p>
            <p>
              <Link href="/billing/refill" className={linkClass}>
                {t("paymentMethods.refillLink")}
              </Link>
            </p>
          </div>
        </Card>
      ) : (
        <Card id="payment-methods-list" title={t("paymentMethods.listHeading")}>
          <MethodList
            rows={methods.map((method) => toRow(method, methods, t, locale))}
            labels={{
              defaultBadge: t("paymentMethods.defaultBadge"),
              expiredBadge: t("paymentMethods.expiredBadge"),
              makeDefault: t("paymentMethods.makeDefault"),
              makingDefault: t("paymentMethods.makingDefault"),
              remove: t("paymentMethods.remove"),
              removing: t("paymentMethods.removing"),
              cancel: t("paymentMethods.cancel"),
              newDefaultLegend: t("paymentMethods.newDefaultLegend"),
            }}
          />
        </Card>
      )}
      <p className="text-sm">
        <Link href="/billing/auto-refill" className={linkClass}>
          {t("paymentMethods.autoRefillLink")}
        </Link>
      </p>
    </div>
  );
}
