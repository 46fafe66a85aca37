import { brandName, type SavedMethodView } from "@/lib/billing/saved-method-view";
import type { Translate } from "@/lib/i18n/translate";

/**
 * How a saved method is named, on the server (page and action messages): a spoken title ("Visa
 * ending in 4242") for screen readers and messages, a visual one ("Visa •••• 4242"), and its expiry.
 */
export type MethodText = { title: string; visual: string; detail: string | null };

export function methodText(method: SavedMethodView, t: Translate, locale: string): MethodText {
  if (method.kind === "paypal" || !("last4" in method.display)) {
    const email = "email" in method.display ? method.display.email : "";
    return {
      title: t("paymentMethods.paypalTitle", { email }),
      visual: t("paymentMethods.paypal"),
      detail: email,
    };
  }
  const card = method.display;
  const brand = brandName(card.brand) ?? t("paymentMethods.cardGeneric");
  const date = new Intl.DateTimeFormat(locale, {
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(card.expYear, card.expMonth - 1, 1)));
  return {
    title: t("paymentMethods.cardTitle", { brand, last4: card.last4 }),
    visual: `${brand} •••• ${card.last4}`,
    detail: t(method.expired ? "paymentMethods.expiredOn" : "paymentMethods.expires", { date }),
  };
}
