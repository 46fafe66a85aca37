import { money } from "@/lib/billing/money";
import type { PhpParams } from "./encode";
import {
  envelopeSchema,
  WHMCS_INVOICE_STATUSES,
  type RawClientDetails,
  type RawClients,
  type RawInvoice,
  type RawUsers,
} from "./schemas";
import type {
  InvoiceStatus,
  InvoiceStatusFilter,
  InvoiceSummary,
  WhmcsBillingClient,
  WhmcsClientStatus,
  WhmcsClientSummary,
  WhmcsInvoiceStatusName,
  WhmcsUser,
} from "./types";

/**
 * The only place WHMCS field names meet domain names, in both directions: domain input → request
 * parameters, validated raw response → domain objects.
 */

export type Envelope = { kind: "success" } | { kind: "error"; message: string } | { kind: "none" };

/** `result` is the documented key; a few actions (and node-whmcs) use `status`. */
export function readEnvelope(body: unknown): Envelope {
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success) return { kind: "none" };
  const { result, status, message } = parsed.data;
  if (result === "error" || status === "error") {
    return { kind: "error", message: message || "WHMCS reported an error without a message" };
  }
  if (result === "success" || status === "success") return { kind: "success" };
  return { kind: "none" };
}

// ---- requests -------------------------------------------------------------------------------

type Paging = { offset?: number; limit?: number };
const paging = ({ offset, limit }: Paging) => ({ limitstart: offset, limitnum: limit });

export const toValidateLoginParams = (email: string, password: string): PhpParams => ({
  email,
  password2: password,
});

export const toGetUsersParams = (input: { search: string } & Paging): PhpParams => ({
  search: input.search,
  ...paging(input),
});

export type ClientLookup = { clientId: number } | { email: string };

export const toClientDetailsParams = (lookup: ClientLookup): PhpParams =>
  "clientId" in lookup ? { clientid: lookup.clientId } : { email: lookup.email };

export const toGetClientsParams = (input: { search?: string } & Paging): PhpParams => ({
  search: input.search,
  ...paging(input),
});

export type SsoInput = {
  clientId: number;
  userId?: number;
  destination?: string;
  redirectPath?: string;
};

export const toSsoParams = (input: SsoInput): PhpParams => ({
  client_id: input.clientId,
  user_id: input.userId,
  // A redirect path is only honoured together with this destination.
  destination: input.destination ?? (input.redirectPath ? "sso:custom_redirect" : undefined),
  sso_redirect_path: input.redirectPath,
});

export type InvoiceQuery = {
  clientId: number;
  status?: InvoiceStatusFilter | WhmcsInvoiceStatusName;
} & Paging;

export const toGetInvoicesParams = (input: InvoiceQuery): PhpParams => ({
  userid: input.clientId,
  status: input.status === undefined ? undefined : toWhmcsStatusFilter(input.status),
  orderby: "date",
  order: "desc",
  ...paging(input),
});

/** Accepts domain values ("payment_pending", "overdue") and WHMCS names ("Payment Pending"). */
export function toWhmcsStatusFilter(status: string): string {
  const key = status
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if (key === "overdue") return "Overdue";
  const name = WHMCS_INVOICE_STATUSES.find((s) => toInvoiceStatus(s) === key);
  if (!name) throw new RangeError(`Unknown invoice status filter: ${status}`);
  return name;
}

// ---- responses ------------------------------------------------------------------------------

export function toInvoiceStatus(status: (typeof WHMCS_INVOICE_STATUSES)[number]): InvoiceStatus {
  return status.toLowerCase().replace(" ", "_") as InvoiceStatus;
}

function toClientStatus(status: string): WhmcsClientStatus {
  const value = status.trim().toLowerCase();
  return value === "active" || value === "inactive" || value === "closed" ? value : "unknown";
}

export function toUsers(raw: RawUsers): WhmcsUser[] {
  return raw.users.map((user) => ({
    id: user.id,
    email: user.email,
    firstName: user.firstname,
    lastName: user.lastname,
    clients: user.clients.map((client) => ({ id: client.id, isOwner: client.isOwner })),
  }));
}

export function toClient(raw: RawClientDetails, fallbackCurrency: string): WhmcsBillingClient {
  const currency = (raw.currency_code || fallbackCurrency).toUpperCase();
  return {
    // GetClientsDetails spells the id three ways across versions; the schema guarantees one.
    id: raw.id ?? raw.client_id ?? raw.userid ?? Number.NaN,
    email: raw.email,
    firstName: raw.firstname,
    lastName: raw.lastname,
    companyName: raw.companyname,
    country: (raw.countrycode || raw.country).toUpperCase(),
    currency,
    credit: money(raw.credit, currency),
    status: toClientStatus(raw.status),
  };
}

export function toClients(raw: RawClients): { total: number; clients: WhmcsClientSummary[] } {
  const clients = raw.clients.map((client) => ({
    id: client.id,
    email: client.email,
    firstName: client.firstname,
    lastName: client.lastname,
    companyName: client.companyname,
    status: toClientStatus(client.status),
    createdOn: client.datecreated,
  }));
  return { total: raw.totalresults ?? clients.length, clients };
}

const OPEN: ReadonlySet<InvoiceStatus> = new Set([
  "unpaid",
  "draft",
  "payment_pending",
  "collections",
]);

export function toInvoice(raw: RawInvoice, fallbackCurrency: string): InvoiceSummary {
  const currency = (raw.currencycode || fallbackCurrency).toUpperCase();
  const status = toInvoiceStatus(raw.status);
  const total = money(raw.total, currency);
  const tax = money(raw.tax, currency).amountMinor + money(raw.tax2, currency).amountMinor;
  const balance =
    raw.balance !== undefined
      ? money(raw.balance, currency)
      : { amountMinor: OPEN.has(status) ? total.amountMinor : 0, currency };
  return {
    id: raw.id,
    number: raw.invoicenum || String(raw.id),
    issuedOn: raw.date,
    dueOn: raw.duedate,
    paidOn: raw.datepaid,
    status,
    subtotal: money(raw.subtotal, currency),
    tax: { amountMinor: tax, currency },
    credit: money(raw.credit, currency),
    total,
    balance,
  };
}

export function toInvoices(
  raw: { totalresults?: number; invoices: RawInvoice[] },
  currency: string,
) {
  const invoices = raw.invoices.map((invoice) => toInvoice(invoice, currency));
  return { total: raw.totalresults ?? invoices.length, invoices };
}
