import { z } from "zod";
import { decimal, intLike, text, unwrapList, wrappedList, WHMCS_INVOICE_STATUSES } from "./schemas";

/** Raw shapes of the actions the settlement saga uses (reference §2.3–2.5). */

/** "1,2" (or a number, or "") → [1, 2]. */
const idList = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) =>
    String(value ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter((part) => /^\d+$/.test(part))
      .map(Number),
  );

export const addOrderSchema = z.looseObject({
  orderid: intLike,
  invoiceid: intLike.optional(),
  serviceids: idList,
});

const invoiceStatusText = z.preprocess(
  (value) =>
    WHMCS_INVOICE_STATUSES.find((s) => s.toLowerCase() === String(value).trim().toLowerCase()) ??
    value,
  z.enum(WHMCS_INVOICE_STATUSES),
);

const transactionSchema = z.object({
  id: intLike,
  transid: text,
  gateway: text,
  amountin: decimal.default("0.00"),
  amountout: decimal.default("0.00"),
  invoiceid: intLike.optional(),
});

export const invoiceDetailSchema = z.looseObject({
  invoiceid: intLike,
  userid: intLike,
  status: invoiceStatusText,
  subtotal: decimal,
  credit: decimal.default("0.00"),
  tax: decimal.default("0.00"),
  tax2: decimal.default("0.00"),
  total: decimal,
  balance: decimal.optional(),
  taxrate: text,
  transactions: z.preprocess(
    (value) => unwrapList(value, "transaction"),
    z.array(transactionSchema),
  ),
});

export const getTransactionsSchema = z.looseObject({
  transactions: wrappedList("transaction", transactionSchema),
});

export const applyCreditSchema = z.looseObject({
  amount: decimal.optional(),
  invoicepaid: text,
});

export const paymentMethodsSchema = z.looseObject({
  paymentmethods: wrappedList("paymentmethod", z.object({ module: z.string(), displayname: text })),
});

export const addClientSchema = z.looseObject({
  clientid: intLike,
  owner_id: intLike.optional(),
});

export const okSchema = z.looseObject({});

export type RawInvoiceDetail = z.output<typeof invoiceDetailSchema>;
