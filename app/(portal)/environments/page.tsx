import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { EnvironmentsTable } from "@/components/environments/environments-table";
import { ListFilters } from "@/components/environments/list-filters";
import { Pagination } from "@/components/environments/pagination";
import { statusLabels } from "@/components/environments/status-labels";
import { QueryProvider } from "@/components/query/query-provider";
import { Unavailable } from "@/components/ui/card";
import { listEnvironments } from "@/lib/data/environments";
import { requireAccount } from "@/lib/data/session";
import { loadWidget } from "@/lib/data/widget";
import { ENVIRONMENT_STATUSES } from "@/lib/jelastic";
import { getLocale, getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("environments.title") };
}

const PAGE_SIZE = 25;
const querySchema = z.object({
  q: z.string().max(100).optional().catch(undefined),
  status: z.enum(ENVIRONMENT_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  removed: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/i)
    .optional()
    .catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EnvironmentsPage({ searchParams }: Props) {
  const [account, t, locale, raw] = await Promise.all([
    requireAccount(),
    getTranslator(),
    getLocale(),
    searchParams,
  ]);
  const query = querySchema.parse(raw);
  const list = await loadWidget("environments.list", () =>
    listEnvironments(account, {
      search: query.q,
      status: query.status,
      page: query.page ?? 1,
      pageSize: PAGE_SIZE,
    }),
  );
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (query.status) params.set("status", query.status);
    params.set("page", String(page));
    return `/environments?${params}`;
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("environments.title")}</h1>
        {list.ok && (
          <Link
            href="/environments/new"
            className="bg-brand rounded px-4 py-2 font-medium text-white"
          >
            {t("environments.addNew")}
          </Link>
        )}
      </div>
      {query.removed && (
        <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-900">
          {t("environments.removed", { name: query.removed })}
        </p>
      )}
      {!list.ok ? (
        <Unavailable
          message={
            list.reason === "no_platform"
              ? t("environments.noPlatformAccount")
              : t("environments.unavailable")
          }
        />
      ) : (
        <>
          <ListFilters t={t} search={query.q ?? ""} status={query.status} />
          <p role="status" className="text-sm text-slate-700" data-testid="environments-total">
            {t("environments.count", { count: list.data.total })}
          </p>
          {list.data.items.length > 0 && (
            <QueryProvider>
              <EnvironmentsTable
                items={list.data.items}
                t={t}
                locale={locale}
                labels={statusLabels(t)}
              />
            </QueryProvider>
          )}
          <Pagination
            t={t}
            page={list.data.page}
            pageCount={list.data.pageCount}
            hrefFor={hrefFor}
          />
        </>
      )}
    </div>
  );
}
