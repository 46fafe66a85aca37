import type { Money } from "@/lib/billing/money";
import type { InvoiceSummary } from "./types";

/** Billing documents other than invoice rows. No WHMCS field names beyond this folder. */

export type InvoiceLine = {
  id: number;
  /** WHMCS line type, e.g. "Hosting", "AddFunds"; informative only. */
  type: string;
  description: string;
  /** Net amount of the line. */
  amount: Money;
  taxed: boolean;
};

export type BillingTransaction = {
  id: number;
  invoiceId: number | null;
  /** Gateway system name, e.g. "stripe". */
  gateway: string;
  /** The gateway's own reference (charge or refund id). */
  reference: string;
  date: Date;
  /** Money received (a payment) … */
  amountIn: Money;
  /** … or money paid back (a refund). */
  amountOut: Money;
  fees: Money;
  /** For a refund: the transaction it gives back. */
  refundOf: number | null;
};

export type InvoiceDetail = InvoiceSummary & {
  clientId: number;
  /** Percent as decimal text, e.g. "19.000"; "0" when the invoice is untaxed. */
  taxRate: string;
  taxRate2: string;
  tax1: Money;
  tax2: Money;
  paymentMethod: string;
  lines: InvoiceLine[];
  transactions: BillingTransaction[];
};

export const ORDER_STATUSES = ["pending", "active", "fraud", "cancelled", "unknown"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type BillingOrder = {
  id: number;
  /** The order number customers see in WHMCS emails. */
  number: string;
  placedOn: Date;
  total: Money;
  invoiceId: number | null;
  status: OrderStatus;
  products: { name: string; domain: string; billingCycle: string }[];
};

/** A change of the account credit: positive when added, negative when applied to an invoice. */
export type CreditMovement = {
  id: number;
  date: Date;
  amount: Money;
  invoiceId: number | null;
};
