import type { WhmcsTransport } from "./client";
import {
  getCreditsSchema,
  getOrdersSchema,
  getTransactionsSchema,
  invoiceDetailSchema,
} from "./schemas-billing";
import {
  toCredits,
  toGetOrdersParams,
  toInvoiceDetail,
  toOrders,
  toTransaction,
  type OrderQuery,
} from "./transform-billing";
import type {
  BillingOrder,
  BillingTransaction,
  CreditMovement,
  InvoiceDetail,
} from "./types-billing";

/**
 * Reads of one client's billing documents. The API credential can read every client's data, so
 * `clientId` must come from the portal session, and GetInvoice's answer must be checked against it
 * (it takes only an invoice id).
 */

/** Throws WhmcsNotFoundError for an unknown id. `currency` is the client's (GetInvoice omits it). */
export async function getInvoice(
  transport: WhmcsTransport,
  input: { invoiceId: number; currency: string },
): Promise<InvoiceDetail> {
  return transport.call(
    "GetInvoice",
    { invoiceid: input.invoiceId },
    invoiceDetailSchema,
    (raw) => toInvoiceDetail(raw, input.currency),
    { idempotent: true },
  );
}

/** A page of orders, newest first (WHMCS's own order). */
export function getOrders(
  transport: WhmcsTransport,
  query: OrderQuery & { currency: string },
): Promise<{ total: number; orders: BillingOrder[] }> {
  return transport.call(
    "GetOrders",
    toGetOrdersParams(query),
    getOrdersSchema,
    (raw) => toOrders(raw, query.currency),
    { idempotent: true },
  );
}

/** Every transaction of the client (GetTransactions has no paging), in WHMCS's order. */
export function getTransactions(
  transport: WhmcsTransport,
  input: { clientId: number; currency: string },
): Promise<BillingTransaction[]> {
  return transport.call(
    "GetTransactions",
    { clientid: input.clientId },
    getTransactionsSchema,
    (raw) => raw.transactions.map((t) => toTransaction(t, input.currency)),
    { idempotent: true },
  );
}

export function getCredits(
  transport: WhmcsTransport,
  input: { clientId: number; currency: string },
): Promise<CreditMovement[]> {
  return transport.call(
    "GetCredits",
    { clientid: input.clientId },
    getCreditsSchema,
    (raw) => toCredits(raw, input.currency),
    { idempotent: true },
  );
}
