import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getEnv } from "@/lib/config/env";
import { isLocale, LOCALE_COOKIE, messagesFor, negotiateLocale, type Locale } from "./locales";
import { createTranslator, type Translate } from "./translate";

/** The signed-in user's choice (cookie) wins, then the browser's languages, then the hoster default. */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"), getEnv().DEFAULT_LOCALE);
});

export const getTranslator = cache(async (): Promise<Translate> => {
  const locale = await getLocale();
  return createTranslator(locale, messagesFor(locale));
});
