import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

export function Pagination({
  t,
  page,
  pageCount,
  hrefFor,
}: {
  t: Translate;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("environments.pagination")} className="flex items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className="text-brand underline" rel="prev">
          {t("environments.previous")}
        </Link>
      )}
      <span aria-current="page">{t("environments.pageOf", { page, pages: pageCount })}</span>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} className="text-brand underline" rel="next">
          {t("environments.next")}
        </Link>
      )}
    </nav>
  );
}
