import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Unavailable } from "@/components/ui/card";
import { ENVIRONMENT_STATUSES } from "@/lib/jelastic";
import { getNewEnvironmentCatalog } from "@/lib/data/new-environment-catalog";
import { NoPlatformAccountError } from "@/lib/data/platform-session";
import { requireAccount } from "@/lib/data/session";
import { UpstreamError } from "@/lib/http";
import { messagesFor } from "@/lib/i18n/locales";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { NewEnvironmentWizard } from "./_components/wizard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("newEnvironment.title") };
}

/** Loads catalogue, pricing and quotas on the server; the wizard computes estimates in the browser. */
export default async function NewEnvironmentPage() {
  const [account, locale, t] = await Promise.all([requireAccount(), getLocale(), getTranslator()]);
  const m = messagesFor(locale).newEnvironment;
  const loaded = await getNewEnvironmentCatalog(account).then(
    (catalog) => ({ ok: true as const, catalog }),
    (error: unknown) => {
      if (error instanceof NoPlatformAccountError)
        return { ok: false as const, message: m.errors.noPlatform };
      if (error instanceof UpstreamError)
        return { ok: false as const, message: m.errors.catalogUnavailable };
      throw error;
    },
  );
  const statusLabels = Object.fromEntries(
    ENVIRONMENT_STATUSES.map((s) => [s, t(`envStatus.${s}`)]),
  );
  const body: ReactNode = loaded.ok ? (
    <NewEnvironmentWizard data={{ ...loaded.catalog, locale, m, statusLabels }} />
  ) : (
    <Unavailable message={loaded.message} />
  );
  return (
    <div className="space-y-6">
      <div>
        <Link href="/environments" className="text-sm text-sky-800 hover:underline">
          {m.back}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{m.title}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{m.intro}</p>
      </div>
      {body}
    </div>
  );
}
