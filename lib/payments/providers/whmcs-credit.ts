import type { WhmcsClient } from "@/lib/whmcs";
import type { PaymentProvider, ProviderAttempt, ProviderOutcome } from "../provider";

/**
 * Pays the attempt's invoice from the client's WHMCS credit (ApplyCredit) when the credit covers
 * the whole gross amount. The invoice is a recharge of the *platform* balance, so the credit it
 * uses is never credit the same invoice adds (DESIGN.md §4: a top-up invoice is never paid from the
 * credit it is adding).
 *
 * Idempotent without a key of its own: the invoice is read first, and a Paid invoice whose applied
 * credit covers it means an earlier call went through (answer lost, process killed, …).
 */
export function createWhmcsCreditProvider(whmcs: WhmcsClient, gateway: string): PaymentProvider {
  const transactionIdOf = (a: ProviderAttempt) => `credit-invoice-${a.whmcsInvoiceId}`;

  async function outcomeFromInvoice(a: ProviderAttempt): Promise<ProviderOutcome | null> {
    const invoice = await whmcs.getPayableInvoice(a.whmcsInvoiceId, a.currency);
    if (invoice.status === "paid" && invoice.creditMinor >= a.totalMinor) {
      return { kind: "captured", transactionId: transactionIdOf(a), amountMinor: a.totalMinor };
    }
    if (invoice.status === "cancelled") return { kind: "failed", reason: "invoice_cancelled" };
    if (invoice.status !== "unpaid") return { kind: "failed", reason: `invoice_${invoice.status}` };
    return null;
  }

  return {
    id: "whmcs-credit",
    whmcsGateway: gateway,
    settlesInvoiceItself: true,
    async start(a) {
      const known = await outcomeFromInvoice(a);
      if (known) return known;
      const client = await whmcs.getClientsDetails({ clientId: a.whmcsClientId });
      if (!client || client.credit.currency !== a.currency) {
        return { kind: "failed", reason: "no_credit_account" };
      }
      if (client.credit.amountMinor < a.totalMinor) {
        return { kind: "failed", reason: "insufficient_credit" };
      }
      const applied = await whmcs.applyCredit(a.whmcsInvoiceId, a.totalMinor, a.currency);
      if (!applied.invoicePaid) {
        // Should not happen with the full gross amount; let confirm() read the truth later.
        return { kind: "pending", providerRef: transactionIdOf(a) };
      }
      return { kind: "captured", transactionId: transactionIdOf(a), amountMinor: a.totalMinor };
    },
    async confirm(a) {
      return (await outcomeFromInvoice(a)) ?? { kind: "pending", providerRef: transactionIdOf(a) };
    },
  };
}
