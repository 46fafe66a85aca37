import type { Money } from "@/lib/billing/money";

/** Domain shapes handed to the rest of the portal. No WHMCS field names beyond this folder. */

export type WhmcsUserClient = { id: number; isOwner: boolean };

/** A WHMCS 8 login identity; it may act for several billing clients. */
export type WhmcsUser = {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  clients: WhmcsUserClient[];
};

export type WhmcsClientStatus = "active" | "inactive" | "closed" | "unknown";

/**
 * A billing account (a WHMCS "client"): currency, credit and invoices hang off its id. Named
 * `WhmcsBillingClient` because `WhmcsClient` is the API client returned by createWhmcsClient.
 */
export type WhmcsBillingClient = {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  companyName: string;
  /** ISO 3166-1 alpha-2, e.g. "DE". */
  country: string;
  /** ISO 4217, e.g. "USD". */
  currency: string;
  credit: Money;
  status: WhmcsClientStatus;
};

export type WhmcsClientSummary = {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  companyName: string;
  status: WhmcsClientStatus;
  createdOn: Date | null;
};

export const INVOICE_STATUSES = [
  "paid",
  "unpaid",
  "cancelled",
  "refunded",
  "collections",
  "draft",
  "payment_pending",
] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** Filter values: a status, or "overdue" (unpaid and past due; a filter, not a stored status). */
export type InvoiceStatusFilter = InvoiceStatus | "overdue";

/** The same filters spelled as WHMCS does; accepted so callers may pass either form. */
export type WhmcsInvoiceStatusName =
  | "Paid"
  | "Unpaid"
  | "Cancelled"
  | "Refunded"
  | "Collections"
  | "Draft"
  | "Payment Pending"
  | "Overdue";

export type InvoiceSummary = {
  id: number;
  /** The sequential invoice number when WHMCS numbers invoices, otherwise the id as text. */
  number: string;
  issuedOn: Date;
  dueOn: Date;
  paidOn: Date | null;
  status: InvoiceStatus;
  subtotal: Money;
  /** Both tax levels together. */
  tax: Money;
  /** Account credit already applied to this invoice. */
  credit: Money;
  total: Money;
  /**
   * Amount still due. GetInvoices carries no balance: when WHMCS omits it, it is the total for
   * open invoices and zero for settled ones (partial payments are only visible per invoice).
   */
  balance: Money;
};

/** Where a single sign-on token lands; "sso:custom_redirect" needs `redirectPath`. */
export type SsoDestination =
  | "clientarea:home"
  | "clientarea:profile"
  | "clientarea:billing_info"
  | "clientarea:invoices"
  | "clientarea:services"
  | "clientarea:emails"
  | "clientarea:tickets"
  | "sso:custom_redirect"
  | (string & {});
