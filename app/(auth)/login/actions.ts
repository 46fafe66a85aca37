"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, SignInUnavailableError } from "@/auth";
import type { FormState } from "@/lib/actions/form-state";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { rememberLocaleForEmail } from "@/lib/data/account-locale";
import { recordAudit } from "@/lib/data/audit";
import { clearSignInFailures, recordSignInFailure, signInRetryAfter } from "@/lib/data/rate-limit";
import { getRequestContext } from "@/lib/data/request-context";
import { safeCallbackPath } from "@/lib/auth/callback-path";

const loginSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(512),
  callbackUrl: z.string().max(2048).optional(),
});

/** Failed attempts take a little longer, so guessing is slow even before the limit refuses it. */
const FAILURE_DELAY_MS = 400;

export async function loginAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw = {
    email: String(formData.get("email") ?? "")
      .trim()
      .toLowerCase(),
    password: String(formData.get("password") ?? ""),
    callbackUrl: String(formData.get("callbackUrl") ?? "") || undefined,
  };
  const keep = { email: raw.email.slice(0, 254) };
  const t = await getTranslator();
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return { error: t("auth.invalidInput"), values: keep };
  const { email, password } = parsed.data;

  const { ip } = await getRequestContext();
  const waitMs = await signInRetryAfter(email, ip);
  if (waitMs > 0) {
    await recordAudit({ actorEmail: email, action: "auth.sign_in", outcome: "denied" });
    const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
    return { error: t("auth.tooManyAttempts", { minutes }), values: keep };
  }

  try {
    await signIn("credentials", {
      email,
      password,
      redirectTo: safeCallbackPath(parsed.data.callbackUrl),
    });
  } catch (error) {
    if (error instanceof SignInUnavailableError) {
      await recordAudit({
        actorEmail: email,
        action: "auth.sign_in",
        outcome: "failure",
        details: { reason: "upstream_unavailable" },
      });
      return { error: t("auth.unavailable"), values: keep };
    }
    if (error instanceof AuthError) {
      await recordSignInFailure(email, ip);
      await recordAudit({ actorEmail: email, action: "auth.sign_in", outcome: "failure" });
      await new Promise((resolve) => setTimeout(resolve, FAILURE_DELAY_MS));
      return { error: t("auth.invalidCredentials"), values: keep };
    }
    // A successful sign-in ends in a redirect, which Next.js signals by throwing.
    await clearSignInFailures(email);
    await rememberLocaleForEmail(email, await getLocale());
    await recordAudit({ actorEmail: email, action: "auth.sign_in", outcome: "success" });
    throw error;
  }
  return { error: t("auth.invalidCredentials"), values: keep };
}
