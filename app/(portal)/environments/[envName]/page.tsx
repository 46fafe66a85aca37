import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/environments/status-badge";
import { getEnvironment } from "@/lib/data/environments";
import { requireAccount } from "@/lib/data/session";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { LayersTable } from "./_components/layers-table";
import { RunToggle } from "./_components/run-toggle";

type Props = { params: Promise<{ envName: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).envName };
}

/** One environment; another account's (or an unknown) name is a 404, decided by the platform. */
export default async function EnvironmentPage({ params }: Props) {
  const [{ envName }, account, t, locale] = await Promise.all([
    params,
    requireAccount(),
    getTranslator(),
    getLocale(),
  ]);
  const env = await getEnvironment(account, envName);
  if (!env) notFound();
  const canRun = env.status === "running" || env.status === "stopped";

  return (
    <div className="space-y-6">
      <Link href="/environments" className="text-brand text-sm underline">
        {t("environments.back")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{env.displayName}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-3 text-sm text-slate-700">
            <StatusBadge status={env.status} label={t(`envStatus.${env.status}`)} />
            <span>
              {t("environments.domain")}: {env.domain}
            </span>
            <span>
              {t("environments.colRegion")}: {env.region}
            </span>
            {env.createdAt && (
              <span>
                {t("environments.created")}: {formatDate(env.createdAt, locale)}
              </span>
            )}
            <span>
              {t("environments.colSsl")}:{" "}
              {env.sslEnabled ? t("environments.sslOn") : t("environments.sslOff")}
            </span>
          </p>
        </div>
        <section
          aria-labelledby="env-actions"
          className="rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="env-actions" className="mb-3 text-sm font-semibold">
            {t("environments.actions")}
          </h2>
          <div className="flex flex-col gap-3">
            {canRun && (
              <RunToggle
                envName={env.name}
                running={env.status === "running"}
                label={env.status === "running" ? t("environments.stop") : t("environments.start")}
              />
            )}
            <form action="/sso/platform" method="post" target="_blank">
              <input type="hidden" name="envName" value={env.name} />
              <button type="submit" className="text-brand text-sm font-medium underline">
                {t("environments.openDashboard")}{" "}
                <span className="sr-only">{t("common.opensInNewTab")}</span>
              </button>
            </form>
            <Link
              href={`/environments/${env.name}/domains`}
              className="text-brand text-sm font-medium underline"
            >
              {t("environments.bindDomain")}
            </Link>
            <Link
              href={`/environments/${env.name}/ssl`}
              className="text-brand text-sm font-medium underline"
            >
              {t("environments.sslConfiguration")}
            </Link>
            <Link
              href={`/environments/${env.name}/resources`}
              className="text-brand text-sm font-medium underline"
            >
              {t("envResources.link")}
            </Link>
            <Link
              href={`/environments/${env.name}/remove`}
              className="text-sm font-medium text-red-800 underline"
            >
              {t("environments.remove")}
            </Link>
          </div>
        </section>
      </div>
      <LayersTable env={env} t={t} locale={locale} />
    </div>
  );
}
