import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function InvoiceNotFound() {
  const t = await getTranslator();
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{t("errors.notFoundHeading")}</h1>
      <p>{t("errors.notFound")}</p>
      <Link href="/invoices" className="text-brand underline">
        {t("invoices.detail.back")}
      </Link>
    </div>
  );
}
