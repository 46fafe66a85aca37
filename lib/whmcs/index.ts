import { createSsoToken, validateLogin } from "./auth";
import { createWhmcsTransport, type WhmcsConfig } from "./client";
import { getClients, getClientsDetails, getUsers } from "./clients";
import { getInvoices } from "./invoices";
import { settlementMethods, type WhmcsSettlementClient } from "./settlement";
import type { ClientLookup, InvoiceQuery, SsoInput } from "./transform";
import type { InvoiceSummary, WhmcsBillingClient, WhmcsClientSummary, WhmcsUser } from "./types";

/**
 * Typed WHMCS External API client. Reads (`get*`) are retried on timeouts, network errors and 5xx;
 * `validateLogin` and `createSsoToken` are sent once.
 */
export type WhmcsClient = {
  validateLogin(email: string, password: string): Promise<{ userId: number } | null>;
  getUsers(input: { search: string; offset?: number; limit?: number }): Promise<WhmcsUser[]>;
  getClientsDetails(lookup: ClientLookup): Promise<WhmcsBillingClient | null>;
  getClients(input?: {
    search?: string;
    offset?: number;
    limit?: number;
  }): Promise<{ total: number; clients: WhmcsClientSummary[] }>;
  createSsoToken(input: SsoInput): Promise<{ redirectUrl: string }>;
  getInvoices(query: InvoiceQuery): Promise<{ total: number; invoices: InvoiceSummary[] }>;
} & WhmcsSettlementClient;

export function createWhmcsClient(config: WhmcsConfig): WhmcsClient {
  const transport = createWhmcsTransport(config);
  return {
    validateLogin: (email, password) => validateLogin(transport, email, password),
    getUsers: (input) => getUsers(transport, input),
    getClientsDetails: (lookup) => getClientsDetails(transport, lookup),
    getClients: (input) => getClients(transport, input),
    createSsoToken: (input) => createSsoToken(transport, input),
    getInvoices: (query) => getInvoices(transport, query),
    ...settlementMethods(transport),
  };
}

export type { WhmcsConfig } from "./client";
export type { PhpParams, PhpValue } from "./encode";
export { toPhpForm } from "./encode";
export {
  WhmcsAuthError,
  WhmcsError,
  WhmcsInvalidLoginError,
  WhmcsNotFoundError,
  type WhmcsErrorCode,
} from "./errors";
export type { ClientLookup, InvoiceQuery, SsoInput } from "./transform";
export * from "./types";
export * from "./types-settlement";
export type { WhmcsSettlementClient } from "./settlement";
