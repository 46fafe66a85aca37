/** WHMCS billing documents besides invoices, as the sandbox stores them (money in minor units). */

/** A currency of the WHMCS install (Setup → Payments → Currencies); clients pick one by id. */
export interface WhmcsCurrency {
  id: number;
  code: string;
  prefix: string;
  suffix: string;
}

export interface OrderLine {
  type: "product" | "addon" | "domain";
  relid: number;
  product: string;
  domain: string;
  billingcycle: string;
  amountCents: number;
  status: string;
}

export interface Order {
  id: number;
  clientId: number;
  ordernum: string;
  /** "Y-m-d H:i:s". */
  date: string;
  amountCents: number;
  paymentmethod: string;
  invoiceId: number;
  status: "Pending" | "Active" | "Fraud" | "Cancelled";
  lines: OrderLine[];
}

/** A credit movement (GetCredits): positive when added, negative when applied to an invoice. */
export interface CreditEntry {
  id: number;
  clientId: number;
  /** "Y-m-d". */
  date: string;
  description: string;
  amountCents: number;
  /** The invoice the credit was applied to, 0 otherwise. */
  relid: number;
}

/** A transaction that belongs to no invoice, e.g. money received straight into credit. */
export interface LooseTransaction {
  id: number;
  clientId: number;
  gateway: string;
  date: string;
  description: string;
  amountInCents: number;
  feesCents: number;
  amountOutCents: number;
  transid: string;
  refundid: number;
}
