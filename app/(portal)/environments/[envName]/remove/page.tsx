import Link from "next/link";
import { notFound } from "next/navigation";
import { getEnvironment } from "@/lib/data/environments";
import { requireAccount } from "@/lib/data/session";
import { getTranslator } from "@/lib/i18n/server";
import { RemoveForm } from "../_components/remove-form";

type Props = { params: Promise<{ envName: string }> };

export default async function RemoveEnvironmentPage({ params }: Props) {
  const [{ envName }, account, t] = await Promise.all([params, requireAccount(), getTranslator()]);
  const env = await getEnvironment(account, envName);
  if (!env) notFound();
  return (
    <div className="max-w-xl space-y-4">
      <Link href={`/environments/${env.name}`} className="text-brand text-sm underline">
        {t("environments.back")}
      </Link>
      <h1 className="text-2xl font-semibold">
        {t("environments.removeHeading", { name: env.displayName })}
      </h1>
      <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
        {t("environments.removeWarning", { name: `${env.displayName} (${env.name})` })}
      </p>
      <RemoveForm
        envName={env.name}
        labels={{
          password: t("environments.removePassword"),
          confirm: t("environments.removeConfirm", { name: env.name }),
          cancel: t("environments.removeCancel"),
        }}
      />
    </div>
  );
}
