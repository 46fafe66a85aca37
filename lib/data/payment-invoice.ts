import "server-only";
import { WhmcsNotFoundError, type WhmcsClient } from "@/lib/whmcs";
import type { Db } from "@/lib/payments/deps";

/**
 * "Pay invoice": the browser names an invoice and the amount it showed; the server reads the
 * invoice again and takes nothing on trust — it must be this WHMCS client's, unpaid, with exactly
 * that balance due, and not already being paid by another confirmed attempt.
 */
export type InvoiceToPay = { ok: true; balanceMinor: number } | { ok: false; field: string };

export async function checkInvoiceToPay(
  ports: { whmcs: WhmcsClient; db: Db },
  input: {
    accountId: string;
    whmcsClientId: number;
    invoiceId: number;
    amountMinor: number;
    currency: string;
  },
): Promise<InvoiceToPay> {
  let invoice;
  try {
    invoice = await ports.whmcs.getPayableInvoice(input.invoiceId, input.currency);
  } catch (error) {
    if (error instanceof WhmcsNotFoundError) return { ok: false, field: "invoiceId" };
    throw error;
  }
  // Another client's invoice reads exactly like a missing one.
  if (invoice.clientId !== input.whmcsClientId) return { ok: false, field: "invoiceId" };
  if (invoice.status !== "unpaid" || invoice.balanceMinor <= 0) {
    return { ok: false, field: "invoiceId" };
  }
  if (invoice.balanceMinor !== input.amountMinor) return { ok: false, field: "amountMinor" };
  const inFlight = await ports.db.payment.findFirst({
    where: {
      accountId: input.accountId,
      purpose: "invoice",
      whmcsInvoiceId: input.invoiceId,
      confirmedAt: { not: null },
      state: { notIn: ["done", "failed", "cancelled"] },
    },
    select: { id: true },
  });
  if (inFlight) return { ok: false, field: "invoiceId" };
  return { ok: true, balanceMinor: invoice.balanceMinor };
}
