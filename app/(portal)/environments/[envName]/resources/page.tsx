import type { Metadata } from "next";
import Link from "next/link";
import { Unavailable } from "@/components/ui/card";
import { getEnvironmentResources } from "@/lib/data/environment-resources";
import { messagesFor } from "@/lib/i18n/locales";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { ResourcesForm } from "./_components/resources-form";

type Props = { params: Promise<{ envName: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("envResources.title") };
}

/** "Change resources": one layer's nodes, cloudlets and public IP, with the monthly cost change. */
export default async function EnvironmentResourcesPage({ params }: Props) {
  const { envName } = await params;
  const [data, t, locale] = await Promise.all([
    getEnvironmentResources(envName),
    getTranslator(),
    getLocale(),
  ]);
  const back = (name: string) => (
    <Link href={`/environments/${encodeURIComponent(envName)}`} className="text-sm underline">
      {t("envResources.backToEnv", { env: name })}
    </Link>
  );
  if (!data)
    return (
      <div className="space-y-4">
        {back(envName)}
        <h1 className="text-2xl font-semibold">{t("envResources.title")}</h1>
        <Unavailable message={t("envResources.unavailable")} />
      </div>
    );
  return (
    <div className="max-w-3xl space-y-6">
      {back(data.displayName)}
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("envResources.title")}</h1>
        <p className="text-slate-700">{t("envResources.intro", { env: data.displayName })}</p>
      </div>
      <ResourcesForm
        envName={data.name}
        envDisplayName={data.displayName}
        ssl={data.sslEnabled}
        layers={data.layers}
        pricing={data.pricing}
        currency={data.currency}
        locale={locale}
        m={messagesFor(locale).envResources}
      />
    </div>
  );
}
