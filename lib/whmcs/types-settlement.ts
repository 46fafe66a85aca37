import type { InvoiceStatus } from "./types";

/** Domain shapes of the order → invoice → payment calls. Money in integer minor units. */

export type RechargeOrderInput = {
  clientId: number;
  /** The hoster's recharge-card product id (configuration). */
  productId: number;
  /** Net price of the line, minor units; WHMCS adds tax by the client's country and settings. */
  priceMinor: number;
  currency: string;
  /** Gateway module name, e.g. "stripe", "paypalcheckout", "mailin". */
  gateway: string;
};

export type PlacedOrder = { orderId: number; invoiceId: number; serviceIds: number[] };

export type InvoiceTransactionRecord = {
  /** The gateway's transaction id as recorded (`transid`). */
  transactionId: string;
  gateway: string;
  amountInMinor: number;
  amountOutMinor: number;
};

/** What the saga reads back from GetInvoice: amounts before and after payment, and payments. */
export type PayableInvoice = {
  id: number;
  clientId: number;
  status: InvoiceStatus;
  currency: string;
  subtotalMinor: number;
  /** Both tax levels. */
  taxMinor: number;
  /** Credit already applied to this invoice. */
  creditMinor: number;
  /** Subtotal + tax: what the customer pays, credit or not. */
  grossMinor: number;
  /** Still to pay (gross − credit − payments). */
  balanceMinor: number;
  /** "19.00" */
  taxRate: string;
  transactions: InvoiceTransactionRecord[];
};

export type InvoicePaymentInput = {
  invoiceId: number;
  /** The provider's transaction id; WHMCS must never get the same one twice. */
  transactionId: string;
  gateway: string;
  amountMinor: number;
  currency: string;
  date: Date;
};

export type CreditApplied = { amountMinor: number; invoicePaid: boolean };

export type WhmcsGateway = { module: string; displayName: string };

export type NewWhmcsClient = {
  firstName: string;
  lastName: string;
  email: string;
  companyName?: string;
  address1: string;
  city: string;
  state: string;
  postcode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  phoneNumber: string;
  taxId?: string;
  /** Either an existing WHMCS user as owner, or a password for a new user. */
  ownerUserId?: number;
  password?: string;
};
