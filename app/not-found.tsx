import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getTranslator();
  return (
    <main id="main" className="mx-auto max-w-lg px-6 py-16 text-center">
      <h1 className="mb-2 text-2xl font-semibold">{t("errors.notFoundHeading")}</h1>
      <p className="mb-6">{t("errors.notFound")}</p>
      <Link href="/" className="text-brand underline">
        {t("errors.backHome")}
      </Link>
    </main>
  );
}
