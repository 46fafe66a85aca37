import { describe, expect, it } from "vitest";
import { locales, messagesFor, negotiateLocale } from "./locales";
import { de } from "./messages/de";
import { en } from "./messages/en";
import { createTranslator } from "./translate";

function keysOf(node: object, prefix = ""): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

describe("i18n", () => {
  it("every locale has exactly the English keys, none left empty", () => {
    for (const locale of locales) {
      const catalog = messagesFor(locale);
      expect(keysOf(catalog).sort()).toEqual(keysOf(en).sort());
      expect(keysOf(catalog).filter((k) => k.length === 0)).toEqual([]);
    }
  });

  it("fills placeholders", () => {
    const t = createTranslator("en", en);
    expect(t("auth.heading", { hoster: "Acme Cloud" })).toBe("Sign in to Acme Cloud");
  });

  it("chooses plural forms per locale", () => {
    const t = createTranslator("en", en);
    expect(t("dashboard.environmentsCount", { count: 0 })).toBe("You have no environments yet.");
    expect(t("dashboard.environmentsCount", { count: 1 })).toBe("1 environment");
    expect(t("dashboard.environmentsCount", { count: 1200 })).toBe("1,200 environments");
    const tDe = createTranslator("de", de);
    expect(tDe("dashboard.unpaidInvoices", { count: 2 })).toBe("2 offene Rechnungen");
  });

  it("negotiates the Accept-Language header", () => {
    expect(negotiateLocale("de-DE,de;q=0.9,en;q=0.8", "en")).toBe("de");
    expect(negotiateLocale("fr-FR,en;q=0.5", "de")).toBe("en");
    expect(negotiateLocale("fr-FR", "de")).toBe("de");
    expect(negotiateLocale(undefined, "en")).toBe("en");
  });
});
