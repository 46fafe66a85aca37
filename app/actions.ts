"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getEnv } from "@/lib/config/env";
import { rememberLocaleForSession } from "@/lib/data/account-locale";
import { LOCALE_COOKIE, locales } from "@/lib/i18n/locales";

const localeSchema = z.object({ locale: z.enum(locales) });

/** Stores the chosen language for a year; works before and after sign-in. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    httpOnly: true,
    sameSite: "lax",
    secure: getEnv().PORTAL_URL.startsWith("https://"),
    maxAge: 60 * 60 * 24 * 365,
    path: "/",
  });
  await rememberLocaleForSession(parsed.data.locale);
  revalidatePath("/", "layout");
}
