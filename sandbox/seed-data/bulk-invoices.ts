import type { Invoice } from "../state/types";
import { day, grossCents, historyInvoice, line, paymentOf, refundOf } from "./history-builder";

export const BULK_CLIENT_ID = 540;
export const BULK_INVOICE_COUNT = 5000;
const FIRST_ID = 200_001;

/**
 * 5,000 invoices for the benchmark account, one a day going back from the demo epoch. Generated
 * from the index alone, so every reset yields the same list: the newest three are unpaid, every
 * 37th is cancelled, every 53rd refunded, the rest paid by card on the issue date.
 */
export function bulkInvoices(): Invoice[] {
  const list: Invoice[] = [];
  for (let n = 0; n < BULK_INVOICE_COUNT; n++) list.push(bulkInvoice(n));
  return list;
}

function bulkInvoice(n: number): Invoice {
  const id = FIRST_ID + n;
  const date = day("2026-11-20", -n);
  const items = [
    line(id * 10, "Hosting", 90_000 + (n % 40), `Cloud hosting usage ${date}`, 900 + (n % 17) * 25),
  ];
  if (n % 3 === 0) items.push(line(id * 10 + 1, "Addon", 0, "Public IPv4 address", 300));
  const base = { id, clientId: BULK_CLIENT_ID, date, duedate: day(date, 7), taxrate: "0.000" };
  const common = { ...base, paymentmethod: "stripe", items, invoicenum: `BULK-${id}` };
  if (n < 3) return historyInvoice({ ...common, status: "Unpaid" });
  if (n % 37 === 0) {
    return historyInvoice({ ...common, status: "Cancelled", dateCancelled: `${date} 12:00:00` });
  }
  const paid = paymentOf(
    id * 10,
    "stripe",
    `${date} 09:00:00`,
    `ch_bulk_${id}`,
    grossCents(items, "0.000"),
  );
  if (n % 53 === 0) {
    return historyInvoice({
      ...common,
      status: "Refunded",
      datepaid: paid.date,
      dateRefunded: `${day(date, 2)} 10:00:00`,
      transactions: [paid, refundOf(id * 10 + 1, paid, `${day(date, 2)} 10:00:00`)],
    });
  }
  return historyInvoice({ ...common, status: "Paid", datepaid: paid.date, transactions: [paid] });
}
