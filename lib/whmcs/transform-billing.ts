import { money } from "@/lib/billing/money";
import type { PhpParams } from "./encode";
import type { RawCredit, RawInvoiceDetail, RawOrder, RawTransaction } from "./schemas-billing";
import { toInvoice } from "./transform";
import {
  ORDER_STATUSES,
  type BillingOrder,
  type BillingTransaction,
  type CreditMovement,
  type InvoiceDetail,
  type OrderStatus,
} from "./types-billing";

/** WHMCS field names ↔ domain names for the billing-document actions (see transform.ts). */

export type OrderQuery = { clientId: number; offset?: number; limit?: number };

export const toGetOrdersParams = (query: OrderQuery): PhpParams => ({
  userid: query.clientId,
  limitstart: query.offset,
  limitnum: query.limit,
});

export function toTransaction(raw: RawTransaction, currency: string): BillingTransaction {
  return {
    id: raw.id,
    invoiceId: raw.invoiceid,
    gateway: raw.gateway,
    reference: raw.transid,
    date: raw.date,
    amountIn: money(raw.amountin, currency),
    amountOut: money(raw.amountout, currency),
    fees: money(raw.fees, currency),
    refundOf: raw.refundid,
  };
}

/**
 * GetInvoice carries no currency code (only GetInvoices does), so the caller passes the client's.
 * Tax rates are kept as WHMCS's decimal text; "0.000" becomes "0".
 */
export function toInvoiceDetail(raw: RawInvoiceDetail, currency: string): InvoiceDetail {
  const summary = toInvoice({ ...raw, id: raw.invoiceid, currencycode: undefined }, currency);
  return {
    ...summary,
    clientId: raw.userid,
    taxRate: trimRate(raw.taxrate),
    taxRate2: trimRate(raw.taxrate2),
    tax1: money(raw.tax, summary.total.currency),
    tax2: money(raw.tax2, summary.total.currency),
    paymentMethod: raw.paymentmethod,
    lines: raw.items.map((item) => ({
      id: item.id,
      type: item.type,
      description: item.description,
      amount: money(item.amount, summary.total.currency),
      taxed: item.taxed,
    })),
    transactions: raw.transactions.map((t) => toTransaction(t, summary.total.currency)),
  };
}

function trimRate(rate: string): string {
  const trimmed = rate.includes(".") ? rate.replace(/0+$/, "").replace(/\.$/, "") : rate;
  return trimmed === "" || trimmed === "-0" ? "0" : trimmed;
}

function toOrderStatus(status: string): OrderStatus {
  const value = status.trim().toLowerCase() as OrderStatus;
  return ORDER_STATUSES.includes(value) ? value : "unknown";
}

/** GetOrders states no currency code (only prefix/suffix): amounts are in the client's currency. */
export function toOrders(
  raw: { totalresults?: number; orders: RawOrder[] },
  currency: string,
): { total: number; orders: BillingOrder[] } {
  const orders = raw.orders.map((order) => ({
    id: order.id,
    number: order.ordernum || String(order.id),
    placedOn: order.date,
    total: money(order.amount, currency),
    invoiceId: order.invoiceid,
    status: toOrderStatus(order.status),
    products: order.lineitems.map((line) => ({
      name: line.product,
      domain: line.domain,
      billingCycle: line.billingcycle,
    })),
  }));
  return { total: raw.totalresults ?? orders.length, orders };
}

/** GetCredits' `description` is the admin's note (reference §5) and is deliberately dropped. */
export function toCredits(raw: { credits: RawCredit[] }, currency: string): CreditMovement[] {
  return raw.credits.map((credit) => ({
    id: credit.id,
    date: credit.date,
    amount: money(credit.amount, currency),
    invoiceId: credit.relid,
  }));
}
