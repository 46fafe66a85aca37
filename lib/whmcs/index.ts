import { createSsoToken, validateLogin } from "./auth";
import { getCredits, getInvoice, getOrders, getTransactions } from "./billing-documents";
import { getBillingAddress, type BillingAddress } from "./billing-address";
import { createWhmcsTransport, type WhmcsConfig } from "./client";
import { getClients, getClientsDetails, getUsers } from "./clients";
import { getInvoices } from "./invoices";
import { settlementMethods, type WhmcsSettlementClient } from "./settlement";
import type { ClientLookup, InvoiceQuery, SsoInput } from "./transform";
import type { OrderQuery } from "./transform-billing";
import type { InvoiceSummary, WhmcsBillingClient, WhmcsClientSummary, WhmcsUser } from "./types";
import type {
  BillingOrder,
  BillingTransaction,
  CreditMovement,
  InvoiceDetail,
} from "./types-billing";

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
  getInvoice(input: { invoiceId: number; currency: string }): Promise<InvoiceDetail>;
  getOrders(
    query: OrderQuery & { currency: string },
  ): Promise<{ total: number; orders: BillingOrder[] }>;
  getTransactions(input: { clientId: number; currency: string }): Promise<BillingTransaction[]>;
  getCredits(input: { clientId: number; currency: string }): Promise<CreditMovement[]>;
  getBillingAddress(clientId: number): Promise<BillingAddress>;
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
    getInvoice: (input) => getInvoice(transport, input),
    getOrders: (query) => getOrders(transport, query),
    getTransactions: (input) => getTransactions(transport, input),
    getCredits: (input) => getCredits(transport, input),
    getBillingAddress: (clientId) => getBillingAddress(transport, clientId),
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
export * from "./types-billing";
export type { OrderQuery } from "./transform-billing";
export type { BillingAddress } from "./billing-address";
export * from "./types-settlement";
export type { WhmcsSettlementClient } from "./settlement";
