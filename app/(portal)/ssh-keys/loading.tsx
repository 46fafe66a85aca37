import { CardSkeleton } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";

/** Same outline as the page: heading, key list, add form. */
export default async function SshKeysLoading() {
  const t = await getTranslator();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("sshKeys.title")}</h1>
      <CardSkeleton title={t("sshKeys.listHeading")} />
      <CardSkeleton title={t("sshKeys.addHeading")} />
    </div>
  );
}
