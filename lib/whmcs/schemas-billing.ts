import { z } from "zod";
import {
  decimal,
  intLike,
  invoiceSchema,
  requiredDate,
  text,
  boolish,
  whmcsDate,
  wrappedList,
} from "./schemas";

/**
 * Raw shapes of the billing-document actions (GetInvoice, GetOrders, GetTransactions, GetCredits).
 * Same tolerance as schemas.ts: string or number ids, decimal strings, zero dates, and lists that
 * arrive wrapped, bare, as a single object or as "" (GetInvoice `transactions` when there are none).
 */

/** 0, "0" or missing mean "no such link" (e.g. a transaction outside any invoice). */
const optionalId = z
  .union([intLike, z.literal(""), z.null()])
  .optional()
  .transform((value) => (typeof value === "number" && value > 0 ? value : null));

export const transactionSchema = z.object({
  id: intLike,
  userid: intLike.optional(),
  gateway: text,
  date: requiredDate,
  amountin: decimal.default("0.00"),
  fees: decimal.default("0.00"),
  amountout: decimal.default("0.00"),
  transid: text,
  invoiceid: optionalId,
  refundid: optionalId,
});

export const invoiceLineSchema = z.object({
  id: intLike,
  type: text,
  description: text,
  amount: decimal,
  taxed: boolish,
});

/** GetInvoice: like a GetInvoices row but keyed `invoiceid`, with lines and transactions. */
export const invoiceDetailSchema = z.looseObject({
  ...invoiceSchema.omit({ id: true }).shape,
  invoiceid: intLike,
  userid: intLike,
  taxrate: decimal.default("0"),
  taxrate2: decimal.default("0"),
  paymentmethod: text,
  items: wrappedList("item", invoiceLineSchema),
  transactions: wrappedList("transaction", transactionSchema),
});

export const orderSchema = z.object({
  id: intLike,
  ordernum: text,
  userid: intLike,
  date: requiredDate,
  amount: decimal,
  invoiceid: optionalId,
  status: text,
  paymentstatus: text,
  lineitems: wrappedList(
    "lineitem",
    z.object({ type: text, product: text, domain: text, billingcycle: text, status: text }),
  ),
});

export const getOrdersSchema = z.looseObject({
  totalresults: intLike.optional(),
  orders: wrappedList("order", orderSchema),
});

export const getTransactionsSchema = z.looseObject({
  transactions: wrappedList("transaction", transactionSchema),
});

export const creditSchema = z.object({
  id: intLike,
  date: whmcsDate.pipe(z.date({ message: "expected a date" })),
  amount: decimal,
  relid: optionalId,
});

export const getCreditsSchema = z.looseObject({
  credits: wrappedList("credit", creditSchema),
});

export type RawInvoiceDetail = z.output<typeof invoiceDetailSchema>;
export type RawTransaction = z.output<typeof transactionSchema>;
export type RawOrder = z.output<typeof orderSchema>;
export type RawCredit = z.output<typeof creditSchema>;
