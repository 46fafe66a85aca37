import "server-only";
import { z } from "zod";
import { WhmcsNotFoundError, type BillingAddress, type InvoiceDetail } from "@/lib/whmcs";
import { clientCurrency } from "./client-currency";
import type { SessionAccount } from "./session";
import { upstreams } from "./upstreams";

/** Invoice ids as they appear in URLs: a positive integer, nothing else. */
export const invoiceIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number);

/**
 * One invoice of the signed-in account, or `null` when it does not exist *or belongs to someone
 * else*: GetInvoice takes only an id and the API credential may read every client's invoices, so
 * the owner WHMCS reports is compared with the session's client here, before anything is shown.
 */
export async function findOwnInvoice(
  account: SessionAccount,
  rawId: string,
): Promise<InvoiceDetail | null> {
  const clientId = account.whmcsClientId;
  const id = invoiceIdSchema.safeParse(rawId);
  if (clientId == null || !id.success) return null;
  const currency = await clientCurrency(clientId);
  try {
    const invoice = await upstreams().whmcs.getInvoice({ invoiceId: id.data, currency });
    return invoice.clientId === clientId ? invoice : null;
  } catch (error) {
    if (error instanceof WhmcsNotFoundError) return null;
    throw error;
  }
}

/** The invoice plus its addressee, for the PDF; same ownership rule as findOwnInvoice. */
export async function findOwnInvoiceDocument(
  account: SessionAccount,
  rawId: string,
): Promise<{ invoice: InvoiceDetail; billTo: BillingAddress } | null> {
  const clientId = account.whmcsClientId;
  if (clientId == null) return null;
  const [invoice, billTo] = await Promise.all([
    findOwnInvoice(account, rawId),
    upstreams().whmcs.getBillingAddress(clientId),
  ]);
  return invoice ? { invoice, billTo } : null;
}
