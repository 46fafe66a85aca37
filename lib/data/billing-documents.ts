import "server-only";
import type { Money } from "@/lib/billing/money";
import type {
  BillingOrder,
  BillingTransaction,
  InvoiceStatusFilter,
  InvoiceSummary,
} from "@/lib/whmcs";
import { clientCurrency } from "./client-currency";
import type { SessionAccount } from "./session";
import { upstreams } from "./upstreams";

export const BILLING_TABS = ["invoices", "orders", "payments", "adjustments"] as const;
export type BillingTab = (typeof BILLING_TABS)[number];

export type AdjustmentKind = "credit_added" | "credit_applied" | "refund";
export type Adjustment = {
  key: string;
  kind: AdjustmentKind;
  date: Date;
  /** Positive: credit added; negative: credit used or money paid back. */
  amount: Money;
  invoiceId: number | null;
};

export type DocumentPage<T> = { items: T[]; total: number; page: number; pageCount: number };

export type BillingDocuments =
  | { tab: "invoices"; list: DocumentPage<InvoiceSummary> }
  | { tab: "orders"; list: DocumentPage<BillingOrder> }
  | { tab: "payments"; list: DocumentPage<BillingTransaction> }
  | { tab: "adjustments"; list: DocumentPage<Adjustment> };

export class NoBillingClientError extends Error {
  constructor() {
    super("This account has no billing client");
    this.name = "NoBillingClientError";
  }
}

type Query = { tab: BillingTab; page: number; pageSize: number; status?: InvoiceStatusFilter };

/**
 * One page of the signed-in account's billing documents, newest first. Only the session's own
 * WHMCS client id is ever sent upstream. Invoices and orders are paged by WHMCS itself
 * (limitstart/limitnum); GetTransactions and GetCredits have no paging, so those lists are paged here.
 */
export async function listBillingDocuments(
  account: SessionAccount,
  query: Query,
): Promise<BillingDocuments> {
  const clientId = account.whmcsClientId;
  if (clientId == null) throw new NoBillingClientError();
  const { whmcs } = upstreams();
  const offset = (query.page - 1) * query.pageSize;
  const paging = { offset, limit: query.pageSize };
  switch (query.tab) {
    case "invoices": {
      const { total, invoices } = await whmcs.getInvoices({
        clientId,
        status: query.status,
        ...paging,
      });
      return { tab: "invoices", list: pageOf(invoices, total, query) };
    }
    case "orders": {
      const currency = await clientCurrency(clientId);
      const { total, orders } = await whmcs.getOrders({ clientId, currency, ...paging });
      return { tab: "orders", list: pageOf(orders, total, query) };
    }
    case "payments": {
      const currency = await clientCurrency(clientId);
      const all = await whmcs.getTransactions({ clientId, currency });
      const payments = newestFirst(all.filter((t) => t.amountIn.amountMinor > 0));
      return { tab: "payments", list: slice(payments, query) };
    }
    case "adjustments": {
      const currency = await clientCurrency(clientId);
      const [transactions, credits] = await Promise.all([
        whmcs.getTransactions({ clientId, currency }),
        whmcs.getCredits({ clientId, currency }),
      ]);
      const refunds: Adjustment[] = transactions
        .filter((t) => t.amountOut.amountMinor > 0)
        .map((t) => ({
          key: `refund-${t.id}`,
          kind: "refund",
          date: t.date,
          amount: { ...t.amountOut, amountMinor: -t.amountOut.amountMinor },
          invoiceId: t.invoiceId,
        }));
      const movements: Adjustment[] = credits.map((c) => ({
        key: `credit-${c.id}`,
        kind: c.amount.amountMinor < 0 ? "credit_applied" : "credit_added",
        date: c.date,
        amount: c.amount,
        invoiceId: c.invoiceId,
      }));
      return { tab: "adjustments", list: slice(newestFirst([...refunds, ...movements]), query) };
    }
  }
}

function pageOf<T>(items: T[], total: number, query: Query): DocumentPage<T> {
  return {
    items,
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}

function slice<T>(all: T[], query: Query): DocumentPage<T> {
  const start = (query.page - 1) * query.pageSize;
  return pageOf(all.slice(start, start + query.pageSize), all.length, query);
}

function newestFirst<T extends { date: Date }>(list: T[]): T[] {
  return [...list].sort((a, b) => b.date.getTime() - a.date.getTime());
}
