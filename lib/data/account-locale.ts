import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { getDb } from "./db";
import { getSessionAccount } from "./session";

/**
 * Emails are written in the account's language; it follows the language the customer last used
 * in the portal (at sign-in, and whenever they switch). No session: nothing to remember.
 */
export async function rememberLocaleForSession(locale: Locale): Promise<void> {
  const account = await getSessionAccount();
  if (!account) return;
  await getDb().account.update({ where: { id: account.id }, data: { locale } });
}

export async function rememberLocaleForEmail(email: string, locale: Locale): Promise<void> {
  await getDb().account.updateMany({ where: { email }, data: { locale } });
}
