import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

/** Unknown or someone else's payment: the same page either way. */
export default async function PaymentNotFound() {
  const t = await getTranslator();
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{t("errors.notFoundHeading")}</h1>
      <p>{t("errors.notFound")}</p>
      <Link href="/" className="text-brand underline">
        {t("errors.backHome")}
      </Link>
    </div>
  );
}
