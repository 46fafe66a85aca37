import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PaymentStatusLive } from "@/components/payments/payment-status-live";
import { QueryProvider } from "@/components/query/query-provider";
import { paymentStatus } from "@/lib/data/payment-status";
import { requireAccount } from "@/lib/data/session";
import { messagesFor } from "@/lib/i18n/locales";
import { getLocale, getTranslator } from "@/lib/i18n/server";

type Props = { params: Promise<{ paymentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("payments.status.title") };
}

/**
 * Where providers send the customer back, and where "Pay" leads. Drives the saga once (as a
 * webhook would), then shows the live state read from our records. Not yours → 404.
 */
export default async function PaymentReturnPage({ params }: Props) {
  const [{ paymentId }, account, locale] = await Promise.all([
    params,
    requireAccount(),
    getLocale(),
  ]);
  const status = await paymentStatus(account, paymentId, { refresh: true });
  if (!status) notFound();
  const m = messagesFor(locale).payments;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{m.status.title}</h1>
      <QueryProvider>
        <PaymentStatusLive initial={status} m={m} locale={locale} />
      </QueryProvider>
    </div>
  );
}
