import { useSyncExternalStore } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { paypalCheckoutDe } from "@/lib/i18n/messages/paypal-checkout.de";
import {
  paypalCheckoutEn,
  type PayPalCheckoutMessages,
} from "@/lib/i18n/messages/paypal-checkout.en";

/**
 * The PayPal buttons' strings in the portal's language. Only these two small files reach the
 * browser (not the whole catalogue). The language comes from the page (`locale` prop) or, for
 * pages that do not pass it, from `<html lang>`, which the root layout sets from getLocale().
 */
const catalogs: Record<Locale, PayPalCheckoutMessages> = {
  en: paypalCheckoutEn,
  de: paypalCheckoutDe,
};

const never = () => () => undefined;

export function usePayPalCheckoutMessages(locale?: Locale): PayPalCheckoutMessages {
  const documentLang = useSyncExternalStore(
    never,
    () => document.documentElement.lang,
    () => "",
  );
  const chosen = locale ?? (documentLang === "de" ? "de" : "en");
  return catalogs[chosen];
}

/** Fills `{name}` placeholders (the strings here have no plurals). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
