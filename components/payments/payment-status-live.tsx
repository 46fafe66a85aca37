"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { formatMoney } from "@/lib/billing/money";
import { formatMessage } from "@/lib/i18n/format-message";
import type { PaymentsMessages } from "@/lib/i18n/messages/payments.en";
import { paymentOriginPath } from "@/lib/payments/ui/origin";
import { isFinalStatus, type PaymentStatusJson } from "@/lib/payments/ui/status-json";
import { OrderSummary } from "./order-summary";

async function fetchStatus(id: string): Promise<PaymentStatusJson> {
  const response = await fetch(`/api/payments/${encodeURIComponent(id)}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`status ${response.status}`);
  return (await response.json()) as PaymentStatusJson;
}

/**
 * The return page's live part: the attempt's real state from our records, polled every 1.5 s
 * until it is final (never assumed from the provider's redirect). State changes are announced.
 */
export function PaymentStatusLive({
  initial,
  m,
  locale,
}: {
  initial: PaymentStatusJson;
  m: PaymentsMessages;
  locale: string;
}) {
  const query = useQuery({
    queryKey: ["payment-status", initial.id],
    queryFn: () => fetchStatus(initial.id),
    // The server's answer of this very request; polled again only while it can still change.
    initialData: initial,
    refetchInterval: (q) => (q.state.data && isFinalStatus(q.state.data.status) ? false : 1_500),
  });
  const payment = query.data;
  useRefreshWhenDone(payment.status);
  const money = (amountMinor: number) =>
    formatMoney({ amountMinor, currency: payment.currency }, locale);
  const title = m.status[payment.status];

  return (
    <div className="space-y-5" data-testid="payment-status" data-status={payment.status}>
      <div role="status" aria-live="polite" className="space-y-2">
        <h2 className="text-xl font-semibold" data-testid="payment-status-title">
          {title}
        </h2>
        {payment.status === "processing" && <p>{m.status.processingText}</p>}
        {payment.status === "needs_action" && <p>{m.status.needsActionText}</p>}
        {payment.failure && <p data-testid="payment-failure">{m.reasons[payment.failure]}</p>}
        {payment.status === "done" && <p>{doneText(payment, m, locale)}</p>}
        {query.isError && !isFinalStatus(payment.status) && (
          <p className="text-amber-800">{m.status.checkFailed}</p>
        )}
      </div>
      {payment.status === "processing" && (
        <div
          className="h-2 w-full max-w-md overflow-hidden rounded bg-slate-100"
          aria-hidden="true"
        >
          <div className="bg-brand h-2 w-1/3 animate-pulse rounded" />
        </div>
      )}
      {payment.status === "needs_action" && payment.actionUrl && (
        <a
          href={payment.actionUrl}
          className="bg-brand inline-block rounded px-5 py-2 font-medium text-white"
        >
          {m.status.continue}
        </a>
      )}
      {(payment.status === "failed" || payment.status === "cancelled") && (
        <Link
          href={paymentOriginPath(payment)}
          className="bg-brand inline-block rounded px-5 py-2 font-medium text-white"
        >
          {m.status.tryAgain}
        </Link>
      )}
      {payment.status === "done" && payment.totalMinor !== null && (
        <div className="space-y-3">
          <OrderSummary
            m={m}
            locale={locale}
            currency={payment.currency}
            invoiceNumber={payment.invoiceId === null ? null : String(payment.invoiceId)}
            amounts={
              payment.purpose === "invoice"
                ? { dueMinor: payment.totalMinor }
                : {
                    netMinor: payment.amountMinor,
                    taxMinor: payment.taxMinor ?? 0,
                    totalMinor: payment.totalMinor,
                  }
            }
          />
          {payment.purpose !== "invoice" && (
            <p className="text-lg" data-testid="new-balance">
              {payment.balance
                ? `${m.status.newBalance}: ${money(payment.balance.amountMinor)}`
                : m.status.balanceUnavailable}
            </p>
          )}
        </div>
      )}
      {isFinalStatus(payment.status) && (
        <p>
          {payment.purpose === "invoice" && payment.invoiceId !== null ? (
            <Link href={`/invoices/${payment.invoiceId}`} className="text-brand underline">
              {m.status.toInvoice}
            </Link>
          ) : (
            <Link href="/" className="text-brand underline">
              {m.status.toDashboard}
            </Link>
          )}
        </p>
      )}
    </div>
  );
}

/**
 * The shell around this page (the Balance menu's "Upgrade trial account" / "Refill balance") may
 * have been rendered before the payment finished — while it was running, or on the payment page
 * before a client-side navigation here, as layouts survive those. Once it is done, ask the server
 * to render it again (once), so an upgraded account is no longer offered the upgrade.
 */
function useRefreshWhenDone(status: PaymentStatusJson["status"]) {
  const router = useRouter();
  const refreshed = useRef(false);
  useEffect(() => {
    if (status === "done" && !refreshed.current) {
      refreshed.current = true;
      router.refresh();
    }
  }, [status, router]);
}

function doneText(payment: PaymentStatusJson, m: PaymentsMessages, locale: string): string {
  if (payment.purpose === "upgrade") return m.status.doneUpgrade;
  if (payment.purpose === "invoice") {
    return formatMessage(locale, m.status.doneInvoice, { number: payment.invoiceId ?? "" });
  }
  return m.status.doneRefill;
}
