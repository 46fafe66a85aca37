import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function SsoFailedPage() {
  const t = await getTranslator();
  return (
    <div role="alert" className="rounded-lg border border-amber-200 bg-amber-50 p-6">
      <h1 className="mb-2 text-lg font-semibold">{t("errors.heading")}</h1>
      <p className="mb-4">{t("errors.ssoFailed")}</p>
      <Link href="/" className="text-brand underline">
        {t("errors.backHome")}
      </Link>
    </div>
  );
}
