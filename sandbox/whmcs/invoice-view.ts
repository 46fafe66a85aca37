import type { JsonObject } from "../http/respond";
import type { Invoice, WhmcsClient } from "../state/types";
import { currencyById } from "./currencies";
import { money, orZeroDatetime, ZERO_DATETIME } from "./format";

/** Totals computed from the lines (WHMCS recalculates them too; they are never stored separately). */
export function invoiceTotals(invoice: Invoice) {
  const subtotalCents = invoice.items.reduce((sum, i) => sum + i.amountCents, 0);
  const taxable = invoice.items.filter((i) => i.taxed).reduce((sum, i) => sum + i.amountCents, 0);
  const taxCents = Math.round((taxable * Number.parseFloat(invoice.taxrate)) / 100);
  const totalCents = subtotalCents + taxCents - invoice.creditCents;
  const paidCents = invoice.transactions.reduce(
    (sum, t) => sum + t.amountInCents - t.amountOutCents,
    0,
  );
  return { subtotalCents, taxCents, totalCents, balanceCents: totalCents - paidCents };
}

/** One row of GetInvoices (8.x example): ids as numbers, money as strings, zero dates. */
export function invoiceListView(invoice: Invoice, client: WhmcsClient | undefined): JsonObject {
  const totals = invoiceTotals(invoice);
  const currency = currencyById(client?.currencyId);
  return {
    id: invoice.id,
    userid: invoice.clientId,
    firstname: client?.firstname ?? "",
    lastname: client?.lastname ?? "",
    companyname: client?.companyname ?? "",
    invoicenum: invoice.invoicenum,
    date: invoice.date,
    duedate: invoice.duedate,
    datepaid: orZeroDatetime(invoice.datepaid),
    last_capture_attempt: ZERO_DATETIME,
    date_refunded: orZeroDatetime(invoice.dateRefunded),
    date_cancelled: orZeroDatetime(invoice.dateCancelled),
    subtotal: money(totals.subtotalCents),
    credit: money(invoice.creditCents),
    tax: money(totals.taxCents),
    tax2: "0.00",
    total: money(totals.totalCents),
    taxrate: invoice.taxrate,
    taxrate2: "0.000",
    status: invoice.status,
    paymentmethod: invoice.paymentmethod,
    paymethodid: null,
    notes: invoice.notes,
    created_at: invoice.createdAt,
    updated_at: invoice.updatedAt,
    currencycode: currency.code,
    currencyprefix: currency.prefix,
    currencysuffix: currency.suffix,
  };
}

/** GetInvoice body; `transactions` is the empty string when there are none (a real WHMCS quirk). */
export function invoiceDetailView(invoice: Invoice): JsonObject {
  const totals = invoiceTotals(invoice);
  return {
    invoiceid: invoice.id,
    invoicenum: invoice.invoicenum,
    userid: invoice.clientId,
    date: invoice.date,
    duedate: invoice.duedate,
    datepaid: orZeroDatetime(invoice.datepaid),
    lastcaptureattempt: ZERO_DATETIME,
    subtotal: money(totals.subtotalCents),
    credit: money(invoice.creditCents),
    tax: money(totals.taxCents),
    tax2: "0.00",
    total: money(totals.totalCents),
    balance: money(totals.balanceCents),
    taxrate: invoice.taxrate,
    taxrate2: "0.000",
    status: invoice.status,
    paymentmethod: invoice.paymentmethod,
    notes: invoice.notes,
    ccgateway: invoice.paymentmethod === "stripe",
    items: {
      item: invoice.items.map((i) => ({
        id: i.id,
        type: i.type,
        relid: i.relid,
        description: i.description,
        amount: money(i.amountCents),
        taxed: i.taxed ? 1 : 0,
      })),
    },
    transactions:
      invoice.transactions.length === 0
        ? ""
        : {
            transaction: invoice.transactions.map((t) => ({
              id: t.id,
              userid: invoice.clientId,
              currency: "0",
              gateway: t.gateway,
              date: t.date,
              description: t.description,
              amountin: money(t.amountInCents),
              fees: money(t.feesCents),
              amountout: money(t.amountOutCents),
              rate: "1.00000",
              transid: t.transid,
              invoiceid: invoice.id,
              refundid: t.refundid,
            })),
          },
  };
}
