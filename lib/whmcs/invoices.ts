import type { WhmcsTransport } from "./client";
import { getInvoicesSchema } from "./schemas";
import { toGetInvoicesParams, toInvoices, type InvoiceQuery } from "./transform";
import type { InvoiceSummary } from "./types";

/**
 * A page of one client's invoices, newest first. `clientId` must come from the portal session, never
 * from request input: the API credential can read every client's invoices.
 */
export function getInvoices(
  transport: WhmcsTransport,
  query: InvoiceQuery,
): Promise<{ total: number; invoices: InvoiceSummary[] }> {
  return transport.call(
    "GetInvoices",
    toGetInvoicesParams(query),
    getInvoicesSchema,
    (raw) => toInvoices(raw, transport.defaultCurrency),
    { idempotent: true },
  );
}
