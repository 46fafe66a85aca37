import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { getBranding } from "@/lib/config/branding";
import { getSessionAccount } from "@/lib/data/session";
import { getTranslator } from "@/lib/i18n/server";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("meta.signInTitle") };
}

type Props = { searchParams: Promise<{ callbackUrl?: string; signedOut?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const [params, t, account] = await Promise.all([
    searchParams,
    getTranslator(),
    getSessionAccount(),
  ]);
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (account) redirect(callbackUrl);
  return (
    <section className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-xl font-semibold">
        {t("auth.heading", { hoster: getBranding().hosterName })}
      </h1>
      <p className="mb-6 text-sm text-slate-700">{t("auth.intro")}</p>
      {params.signedOut && (
        <p role="status" className="mb-4 rounded bg-slate-100 p-3 text-sm">
          {t("auth.signedOut")}
        </p>
      )}
      <LoginForm
        callbackUrl={callbackUrl}
        labels={{
          email: t("auth.email"),
          password: t("auth.password"),
          submit: t("auth.submit"),
          submitting: t("auth.submitting"),
        }}
      />
    </section>
  );
}
