import { setLocaleAction } from "@/app/actions";
import { localeNames, locales, type Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

/** A plain form so switching language works without JavaScript and with the keyboard. */
export function LocaleSwitcher({ locale, t }: { locale: Locale; t: Translate }) {
  return (
    <form action={setLocaleAction} className="flex items-center gap-2 text-sm">
      <label htmlFor="locale-select" className="text-slate-700">
        {t("common.language")}
      </label>
      <select
        id="locale-select"
        name="locale"
        defaultValue={locale}
        className="rounded border border-slate-300 bg-white px-2 py-1"
      >
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {localeNames[code]}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-100"
      >
        {t("common.apply")}
      </button>
    </form>
  );
}
