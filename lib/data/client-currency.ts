import "server-only";
import { upstreams } from "./upstreams";

const TTL_MS = 5 * 60_000;
const cache = new Map<number, { currency: string; until: number }>();

/**
 * The currency of a WHMCS client. GetInvoice, GetOrders, GetTransactions and GetCredits state no
 * currency code, so every amount is read in the client's. It practically never changes (WHMCS
 * refuses to change it once invoices exist), so it is kept for a few minutes per process.
 */
export async function clientCurrency(clientId: number): Promise<string> {
  const hit = cache.get(clientId);
  if (hit && hit.until > Date.now()) return hit.currency;
  const client = await upstreams().whmcs.getClientsDetails({ clientId });
  const currency = client?.currency ?? "USD";
  cache.set(clientId, { currency, until: Date.now() + TTL_MS });
  return currency;
}
