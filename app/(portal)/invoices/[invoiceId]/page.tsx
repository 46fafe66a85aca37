import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { InvoiceStatusBadge } from "@/components/invoices/status-badge";
import { findOwnInvoice } from "@/lib/data/invoice";
import { requireAccount } from "@/lib/data/session";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { InvoiceLines } from "./_components/invoice-lines";
import { InvoicePayment } from "./_components/invoice-payment";
import { InvoiceTransactions } from "./_components/invoice-transactions";

type Props = {
  params: Promise<{ invoiceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const paymentQuery = z.object({
  payment: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/)
    .optional(),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("invoices.detail.title", { number: (await params).invoiceId }) };
}

/** One invoice of the signed-in account; anyone else's (or an unknown) id is a 404 (lib/data). */
export default async function InvoicePage({ params, searchParams }: Props) {
  const [{ invoiceId }, query, account, t, locale] = await Promise.all([
    params,
    searchParams,
    requireAccount(),
    getTranslator(),
    getLocale(),
  ]);
  const invoice = await findOwnInvoice(account, invoiceId);
  if (!invoice) notFound();
  const facts: [string, string][] = [
    [t("invoices.detail.issued"), formatDate(invoice.issuedOn, locale)],
    [t("invoices.detail.due"), formatDate(invoice.dueOn, locale)],
  ];
  if (invoice.paidOn) facts.push([t("invoices.detail.paid"), formatDate(invoice.paidOn, locale)]);

  return (
    <div className="space-y-6">
      <Link href="/invoices" className="text-brand text-sm underline">
        {t("invoices.detail.back")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold">
            {t("invoices.detail.title", { number: invoice.number })}
          </h1>
          <InvoiceStatusBadge t={t} invoice={invoice} />
          <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
            {facts.map(([label, value]) => (
              <div key={label} className="flex gap-1">
                <dt>{label}:</dt>
                <dd className="font-medium">{value}</dd>
              </div>
            ))}
          </dl>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <a
            href={`/invoices/${invoice.id}/pdf`}
            download
            className="bg-brand rounded px-4 py-2 text-sm font-medium text-white"
          >
            {t("invoices.detail.downloadPdf")}
          </a>
          <form action="/sso/invoice" method="post" target="_blank">
            <input type="hidden" name="invoiceId" value={invoice.id} />
            <button
              type="submit"
              className="rounded border border-slate-400 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
            >
              {t("invoices.detail.openInWhmcs")}{" "}
              <span className="sr-only">{t("common.opensInNewTab")}</span>
            </button>
          </form>
        </div>
      </div>
      <InvoiceLines t={t} locale={locale} invoice={invoice} />
      <InvoiceTransactions t={t} locale={locale} invoice={invoice} />
      <p className="flex justify-end gap-4 text-lg font-semibold" data-testid="balance-due">
        <span>{t("invoices.detail.balanceDue")}</span>
        <span className="tabular-nums">{formatMoney(invoice.balance, locale)}</span>
      </p>
      {invoice.status === "unpaid" && invoice.balance.amountMinor > 0 && (
        <InvoicePayment
          account={account}
          invoice={invoice}
          locale={locale}
          paymentId={paymentQuery.safeParse(query).data?.payment}
        />
      )}
    </div>
  );
}
