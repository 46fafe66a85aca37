import { de } from "./messages/de";
import { en, type Messages } from "./messages/en";

export const locales = ["en", "de"] as const;
export type Locale = (typeof locales)[number];
export const LOCALE_COOKIE = "portal_locale";

export const localeNames: Record<Locale, string> = { en: "English", de: "Deutsch" };

const catalogs: Record<Locale, Messages> = { en, de };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function messagesFor(locale: Locale): Messages {
  return catalogs[locale];
}

/** Picks the best supported locale from an Accept-Language header. */
export function negotiateLocale(header: string | null | undefined, fallback: Locale): Locale {
  if (!header) return fallback;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (isLocale(base)) return base;
  }
  return fallback;
}
