import type { Metadata } from "next";
import { z } from "zod";
import { Pagination } from "@/components/environments/pagination";
import { AdjustmentsTable } from "@/components/invoices/adjustments-table";
import { DocumentTabs } from "@/components/invoices/document-tabs";
import { InvoicesTable } from "@/components/invoices/invoices-table";
import { OrdersTable } from "@/components/invoices/orders-table";
import { PaymentsTable } from "@/components/invoices/payments-table";
import { INVOICE_FILTERS, InvoiceStatusFilter } from "@/components/invoices/status-filter";
import { Unavailable } from "@/components/ui/card";
import {
  BILLING_TABS,
  listBillingDocuments,
  type BillingDocuments,
} from "@/lib/data/billing-documents";
import { requireAccount } from "@/lib/data/session";
import { loadWidget } from "@/lib/data/widget";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("invoices.title") };
}

const PAGE_SIZE = 25;
const querySchema = z.object({
  tab: z.enum(BILLING_TABS).catch("invoices"),
  status: z.enum(INVOICE_FILTERS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InvoicesPage({ searchParams }: Props) {
  const [account, t, locale, raw] = await Promise.all([
    requireAccount(),
    getTranslator(),
    getLocale(),
    searchParams,
  ]);
  const query = querySchema.parse(raw);
  const status = query.tab === "invoices" ? query.status : undefined;
  const result =
    account.whmcsClientId == null
      ? null
      : await loadWidget("invoices.list", () =>
          listBillingDocuments(account, {
            tab: query.tab,
            page: query.page,
            pageSize: PAGE_SIZE,
            status,
          }),
        );
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (query.tab !== "invoices") params.set("tab", query.tab);
    if (status) params.set("status", status);
    params.set("page", String(page));
    return `/invoices?${params}`;
  };

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("invoices.title")}</h1>
        <p className="mt-1 text-sm text-slate-700">{t("invoices.intro")}</p>
      </div>
      <DocumentTabs t={t} current={query.tab} />
      {result === null ? (
        <Unavailable message={t("invoices.noBillingAccount")} />
      ) : !result.ok ? (
        <Unavailable message={t("invoices.unavailable")} />
      ) : (
        <>
          {query.tab === "invoices" && <InvoiceStatusFilter t={t} status={status} />}
          <p role="status" className="text-sm text-slate-700" data-testid="documents-total">
            {t("invoices.count", { count: result.data.list.total })}
          </p>
          <DocumentList t={t} locale={locale} documents={result.data} />
          <Pagination
            t={t}
            page={result.data.list.page}
            pageCount={result.data.list.pageCount}
            hrefFor={hrefFor}
          />
        </>
      )}
    </div>
  );
}

function DocumentList({
  t,
  locale,
  documents,
}: {
  t: Translate;
  locale: string;
  documents: BillingDocuments;
}) {
  if (documents.list.items.length === 0) return null;
  switch (documents.tab) {
    case "invoices":
      return <InvoicesTable t={t} locale={locale} items={documents.list.items} />;
    case "orders":
      return <OrdersTable t={t} locale={locale} items={documents.list.items} />;
    case "payments":
      return <PaymentsTable t={t} locale={locale} items={documents.list.items} />;
    case "adjustments":
      return <AdjustmentsTable t={t} locale={locale} items={documents.list.items} />;
  }
}
