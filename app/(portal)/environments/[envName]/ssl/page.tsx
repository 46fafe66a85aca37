import type { Metadata } from "next";
import Link from "next/link";
import { Card, Unavailable } from "@/components/ui/card";
import { getEnvironmentSsl } from "@/lib/data/environment-ssl";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { BuiltInSslForm } from "./_components/builtin-ssl-form";
import { CertificateDetails } from "./_components/certificate-details";
import { CertificateUploadForm } from "./_components/certificate-upload-form";
import { RemoveCertificateForm } from "./_components/remove-certificate-form";

type Props = { params: Promise<{ envName: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("envSsl.title") };
}

/** "SSL Configuration": built-in SSL switch, installed custom certificate, upload form. */
export default async function EnvironmentSslPage({ params }: Props) {
  const { envName } = await params;
  const [data, t, locale] = await Promise.all([
    getEnvironmentSsl(envName),
    getTranslator(),
    getLocale(),
  ]);
  const backHref = `/environments/${encodeURIComponent(envName)}`;
  const back = (name: string) => (
    <Link href={backHref} className="text-sm underline">
      {t("envDomains.back", { env: name })}
    </Link>
  );
  if (!data)
    return (
      <div className="space-y-4">
        {back(envName)}
        <h1 className="text-2xl font-semibold">{t("envSsl.title")}</h1>
        <Unavailable message={t("envSsl.unavailable")} />
      </div>
    );
  return (
    <div className="space-y-6">
      {back(data.displayName)}
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("envSsl.title")}</h1>
        <p className="text-slate-700" data-testid="env-display-name">
          {t("envSsl.intro", { env: data.displayName })}
        </p>
      </div>
      <Card id="builtin-ssl" title={t("envSsl.builtInHeading")}>
        <p className="mb-3 text-sm text-slate-700">
          {t("envSsl.builtInHelp", { domain: data.domain })}
        </p>
        <BuiltInSslForm
          envName={data.name}
          enabled={data.builtInSsl}
          labels={{
            name: t("envSsl.builtInHeading"),
            state: t(data.builtInSsl ? "envSsl.builtInOn" : "envSsl.builtInOff"),
            saving: t("envSsl.saving"),
          }}
        />
      </Card>
      <Card id="custom-certificate" title={t("envSsl.customHeading")}>
        {data.certificate ? (
          <div className="space-y-3">
            <h3 className="text-sm font-semibold">{t("envSsl.installedHeading")}</h3>
            <CertificateDetails
              certificate={data.certificate}
              locale={locale}
              labels={{
                subject: t("envSsl.subject"),
                domains: t("envSsl.domains"),
                issuer: t("envSsl.issuer"),
                expires: t("envSsl.expires"),
                unknown: t("envSsl.unknown"),
              }}
            />
            <RemoveCertificateForm
              envName={data.name}
              certificateId={data.certificate.id}
              labels={{
                trigger: t("envSsl.remove"),
                question: t("envSsl.removeConfirm"),
                confirm: t("envSsl.removeYes"),
                cancel: t("envSsl.removeCancel"),
                pending: t("envSsl.saving"),
              }}
            />
          </div>
        ) : (
          <p className="text-sm text-slate-700" data-testid="no-certificate">
            {t("envSsl.noCertificate")}
          </p>
        )}
      </Card>
      <Card id="upload-certificate" title={t("envSsl.uploadHeading")}>
        <CertificateUploadForm
          envName={data.name}
          labels={{
            certificate: t("envSsl.certificate"),
            privateKey: t("envSsl.privateKey"),
            chain: t("envSsl.chain"),
            chooseFile: t("envSsl.chooseFile"),
            keyNotice: t("envSsl.keyNotice"),
            upload: t("envSsl.upload"),
            uploading: t("envSsl.uploading"),
          }}
        />
      </Card>
    </div>
  );
}
