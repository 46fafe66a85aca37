import type { Invoice, InvoiceItem, InvoiceTransaction } from "../state/types";

/** Small constructors for seeded billing history; every id is chosen by the caller (deterministic). */

export function day(base: string, offsetDays: number): string {
  const date = new Date(`${base}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date.toISOString().slice(0, 10);
}

export function line(
  id: number,
  type: string,
  relid: number,
  description: string,
  amountCents: number,
  taxed = true,
): InvoiceItem {
  return { id, type, relid, description, amountCents, taxed };
}

export function paymentOf(
  id: number,
  gateway: string,
  date: string,
  transid: string,
  amountInCents: number,
  feesCents = 0,
): InvoiceTransaction {
  return {
    id,
    gateway,
    date,
    description: "Invoice Payment",
    amountInCents,
    feesCents,
    amountOutCents: 0,
    transid,
    refundid: 0,
  };
}

export function refundOf(id: number, original: InvoiceTransaction, date: string) {
  return {
    ...original,
    id,
    date,
    description: `Refund of Transaction ID ${original.transid}`,
    amountInCents: 0,
    feesCents: 0,
    amountOutCents: original.amountInCents,
    transid: `re_${original.transid}`,
    refundid: original.id,
  };
}

type InvoiceInput = Pick<
  Invoice,
  "id" | "clientId" | "status" | "date" | "duedate" | "taxrate" | "paymentmethod" | "items"
> &
  Partial<Invoice>;

export function historyInvoice(input: InvoiceInput): Invoice {
  const touched =
    input.dateRefunded ?? input.dateCancelled ?? input.datepaid ?? `${input.date} 00:00:00`;
  return {
    invoicenum: "",
    datepaid: null,
    dateRefunded: null,
    dateCancelled: null,
    creditCents: 0,
    notes: "",
    createdAt: `${input.date} 00:00:00`,
    updatedAt: touched,
    transactions: [],
    ...input,
  };
}

/** Gross of taxed lines at a "19.000"-style rate, rounded like the sandbox's GetInvoice does. */
export function grossCents(items: InvoiceItem[], taxrate: string): number {
  const net = items.reduce((sum, i) => sum + i.amountCents, 0);
  const taxable = items.filter((i) => i.taxed).reduce((sum, i) => sum + i.amountCents, 0);
  return net + Math.round((taxable * Number.parseFloat(taxrate)) / 100);
}
