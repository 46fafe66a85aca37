import type { Metadata } from "next";
import Link from "next/link";
import { Card, Unavailable } from "@/components/ui/card";
import { getEnvironmentDomains } from "@/lib/data/environment-domains";
import { getTranslator } from "@/lib/i18n/server";
import { BindDomainForm } from "./_components/bind-domain-form";
import { DnsRecords } from "./_components/dns-records";
import { RemoveDomainForm } from "./_components/remove-domain-form";

type Props = { params: Promise<{ envName: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("envDomains.title") };
}

/** "Bind external domain": bind form, then each bound domain with its DNS record and Remove. */
export default async function EnvironmentDomainsPage({ params }: Props) {
  const { envName } = await params;
  const [data, t] = await Promise.all([getEnvironmentDomains(envName), getTranslator()]);
  const backHref = `/environments/${encodeURIComponent(envName)}`;
  if (!data)
    return (
      <div className="space-y-4">
        <Link href={backHref} className="text-sm underline">
          {t("envDomains.back", { env: envName })}
        </Link>
        <h1 className="text-2xl font-semibold">{t("envDomains.title")}</h1>
        <Unavailable message={t("envDomains.unavailable")} />
      </div>
    );
  const dns = {
    intro: t("envDomains.dnsIntro"),
    both: t("envDomains.dnsBoth"),
    type: t("envDomains.type"),
    name: t("envDomains.name"),
    value: t("envDomains.value"),
  };
  return (
    <div className="space-y-6">
      <Link href={backHref} className="text-sm underline">
        {t("envDomains.back", { env: data.displayName })}
      </Link>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("envDomains.title")}</h1>
        <p className="text-slate-700" data-testid="env-display-name">
          {t("envDomains.intro", { env: data.displayName })}
        </p>
      </div>
      <Card id="bind-domain" title={t("envDomains.title")}>
        <BindDomainForm
          envName={data.name}
          labels={{
            hostname: t("envDomains.hostname"),
            hint: t("envDomains.hostnameHint"),
            submit: t("envDomains.submit"),
            submitting: t("envDomains.submitting"),
            dnsHeading: t("envDomains.dnsHeading"),
            dns,
          }}
        />
      </Card>
      <Card id="bound-domains" title={t("envDomains.boundHeading")}>
        {data.domains.length === 0 ? (
          <p className="text-sm text-slate-700">{t("envDomains.none")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {data.domains.map((domain) => (
              <li key={domain.hostname} className="space-y-3 py-4" data-testid="bound-domain">
                <h3 className="font-mono font-medium break-all">{domain.hostname}</h3>
                <DnsRecords records={domain.records} labels={dns} />
                <RemoveDomainForm
                  envName={data.name}
                  hostname={domain.hostname}
                  labels={{
                    trigger: t("envDomains.remove"),
                    question: t("envDomains.removeConfirm", { hostname: domain.hostname }),
                    confirm: t("envDomains.removeYes"),
                    cancel: t("envDomains.removeCancel"),
                    pending: t("envDomains.removing"),
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
