import "server-only";
import { recordAudit } from "./audit";
import { findOwnInvoice } from "./invoice";
import type { SessionAccount } from "./session";
import { upstreams } from "./upstreams";

export class InvoiceNotFoundError extends Error {
  constructor() {
    super("No such invoice on this account");
    this.name = "InvoiceNotFoundError";
  }
}

/**
 * The billing-panel single sign-on with one of the user's own invoices as destination (WHMCS's
 * `viewinvoice.php?id=N`), for hosters whose customers prefer WHMCS's own invoice view. The
 * invoice is checked to be the account's own before a token is minted; every attempt is audited.
 */
export async function mintInvoiceSsoUrl(account: SessionAccount, form: FormData): Promise<string> {
  const requested = String(form.get("invoiceId") ?? "");
  const entry = {
    accountId: account.id,
    actorEmail: account.email,
    action: "sso.billing_invoice",
    target: requested.slice(0, 20),
  };
  const invoice = await findOwnInvoice(account, requested);
  if (!invoice || account.whmcsClientId == null) {
    await recordAudit({ ...entry, outcome: "denied" });
    throw new InvoiceNotFoundError();
  }
  try {
    const { redirectUrl } = await upstreams().whmcs.createSsoToken({
      clientId: account.whmcsClientId,
      redirectPath: `viewinvoice.php?id=${invoice.id}`,
    });
    await recordAudit({ ...entry, outcome: "success" });
    return redirectUrl;
  } catch (error) {
    await recordAudit({ ...entry, outcome: "failure" });
    throw error;
  }
}
