import type { Invoice, InvoiceItem, InvoiceTransaction } from "../state/types";

/**
 * Invoices in each status the portal shows. German client: 19 % VAT on taxed items; US client: no
 * tax. Client 504 has none, so the "no invoices" response shape is exercised too.
 */
export function invoices(): Invoice[] {
  return [
    invoice(3101, 501, "Paid", "2026-08-03", "2026-08-10", "19.000", {
      datepaid: "2026-08-03 14:12:09",
      paymentmethod: "stripe",
      items: [item(7101, "AddFunds", 0, "Platform balance refill", 5000)],
      transactions: [
        payment(9101, "stripe", "2026-08-03 14:12:09", "ch_3PqSandbox3101", 5950, 203),
      ],
    }),
    invoice(3102, 501, "Unpaid", "2026-11-01", "2026-11-15", "19.000", {
      paymentmethod: "stripe",
      items: [
        item(
          7102,
          "Hosting",
          8801,
          "Jelastic Cloud - Business commitment (01/11/2026 - 30/11/2026)",
          2500,
        ),
        item(
          7103,
          "Addon",
          8802,
          "Dedicated public IPv4 address x 2 (01/11/2026 - 30/11/2026)",
          600,
        ),
      ],
    }),
    invoice(3103, 501, "Cancelled", "2026-09-01", "2026-09-15", "19.000", {
      dateCancelled: "2026-09-03 10:00:00",
      paymentmethod: "paypalcheckout",
      notes: "Cancelled at the customer's request.",
      items: [item(7104, "AddFunds", 0, "Platform balance refill", 10000)],
    }),
    invoice(3104, 501, "Refunded", "2026-07-01", "2026-07-08", "19.000", {
      datepaid: "2026-07-01 09:30:00",
      dateRefunded: "2026-07-05 16:45:00",
      paymentmethod: "stripe",
      items: [
        item(7105, "Hosting", 8803, "Custom SSL certificate (01/07/2026 - 30/06/2027)", 2000),
      ],
      transactions: [
        payment(9102, "stripe", "2026-07-01 09:30:00", "ch_3PqSandbox3104", 2380, 99),
        {
          ...payment(9103, "stripe", "2026-07-05 16:45:00", "re_3PqSandbox3104", 0, 0),
          amountOutCents: 2380,
          refundid: 9102,
          description: "Refund of Transaction ID ch_3PqSandbox3104",
        },
      ],
    }),
    invoice(3105, 502, "Paid", "2026-10-05", "2026-10-12", "0.000", {
      datepaid: "2026-10-05 11:02:37",
      paymentmethod: "paypalcheckout",
      items: [item(7106, "AddFunds", 0, "Account credit top-up", 2000, false)],
      transactions: [
        payment(9104, "paypalcheckout", "2026-10-05 11:02:37", "8AB12345CD678901E", 2000, 88),
      ],
    }),
    invoice(3106, 502, "Unpaid", "2026-11-05", "2026-11-19", "0.000", {
      paymentmethod: "paypalcheckout",
      items: [
        item(
          7107,
          "Hosting",
          8804,
          "Managed WordPress - Starter (05/11/2026 - 04/12/2026)",
          1495,
          false,
        ),
      ],
    }),
    invoice(3107, 503, "Unpaid", "2026-11-10", "2026-11-24", "19.000", {
      paymentmethod: "stripe",
      items: [
        item(
          7108,
          "Hosting",
          8805,
          "Jelastic Cloud - Pro commitment (10/11/2026 - 09/12/2026)",
          9900,
        ),
      ],
    }),
  ];
}

type Extra = Partial<
  Pick<Invoice, "datepaid" | "dateRefunded" | "dateCancelled" | "notes" | "transactions">
> &
  Pick<Invoice, "paymentmethod" | "items">;

function invoice(
  id: number,
  clientId: number,
  status: Invoice["status"],
  date: string,
  duedate: string,
  taxrate: string,
  extra: Extra,
): Invoice {
  const touched = extra.dateRefunded ?? extra.dateCancelled ?? extra.datepaid ?? `${date} 00:00:00`;
  return {
    id,
    clientId,
    invoicenum: "",
    date,
    duedate,
    datepaid: null,
    dateRefunded: null,
    dateCancelled: null,
    status,
    taxrate,
    creditCents: 0,
    notes: "",
    createdAt: `${date} 00:00:00`,
    updatedAt: touched,
    transactions: [],
    ...extra,
  };
}

function item(
  id: number,
  type: string,
  relid: number,
  description: string,
  amountCents: number,
  taxed = true,
): InvoiceItem {
  return { id, type, relid, description, amountCents, taxed };
}

function payment(
  id: number,
  gateway: string,
  date: string,
  transid: string,
  amountInCents: number,
  feesCents: number,
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
