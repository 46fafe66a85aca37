import type { CreditEntry, LooseTransaction, Order, OrderLine } from "../state/types";
import { invoiceClients, invoiceUsers } from "./invoice-clients";
import { historyInvoices } from "./invoice-history";

/**
 * Everything "View invoices" adds to the WHMCS seed, merged into the state by seed.ts. The
 * 5,000-invoice history is not stored: see whmcs/invoice-source.ts.
 */
export function billingDocuments() {
  return {
    users: invoiceUsers(),
    clients: invoiceClients(),
    invoices: historyInvoices(),
    orders: orders(),
    credits: credits(),
    transactions: looseTransactions(),
  };
}

function orders(): Order[] {
  return [
    order(
      8101,
      501,
      "2026-07-01 09:28:11",
      2380,
      3104,
      "Active",
      "Custom SSL certificate",
      "Annually",
    ),
    order(
      8102,
      501,
      "2026-08-03 14:10:40",
      5950,
      3101,
      "Active",
      "Platform balance refill",
      "One Time",
    ),
    order(
      8103,
      501,
      "2026-09-01 08:00:02",
      11900,
      3103,
      "Cancelled",
      "Platform balance refill",
      "One Time",
    ),
    order(
      8104,
      501,
      "2026-11-01 00:05:00",
      3689,
      3102,
      "Pending",
      "Jelastic Cloud - Business commitment",
      "Monthly",
    ),
    order(
      8105,
      502,
      "2026-10-05 11:00:00",
      2000,
      3105,
      "Active",
      "Account credit top-up",
      "One Time",
    ),
    order(
      8106,
      502,
      "2026-11-05 10:00:00",
      1495,
      3106,
      "Pending",
      "Managed WordPress - Starter",
      "Monthly",
    ),
    order(
      8107,
      503,
      "2026-11-10 10:00:00",
      11781,
      3107,
      "Pending",
      "Jelastic Cloud - Pro commitment",
      "Monthly",
    ),
    order(
      8131,
      531,
      "2026-07-01 10:00:00",
      180000,
      53101,
      "Active",
      "Bulut sunucu – Kurumsal paket",
      "Monthly",
    ),
    order(
      8132,
      532,
      "2026-08-01 09:00:00",
      294882,
      53201,
      "Active",
      "Cloud hosting — Business plan",
      "Monthly",
    ),
    order(
      8133,
      533,
      "2026-09-01 09:00:00",
      38500000,
      53301,
      "Active",
      "استضافة سحابية – الباقة المتقدمة",
      "Monthly",
    ),
    order(
      8141,
      541,
      "2026-02-01 07:59:00",
      5831,
      41001,
      "Active",
      "Cloud hosting — Team plan",
      "Monthly",
    ),
  ];
}

function order(
  id: number,
  clientId: number,
  date: string,
  amountCents: number,
  invoiceId: number,
  status: Order["status"],
  product: string,
  billingcycle: string,
): Order {
  const lines: OrderLine[] = [
    { type: "product", relid: id * 10, product, domain: "", billingcycle, amountCents, status },
  ];
  return {
    id,
    clientId,
    ordernum: String(1_000_000_000 + id * 7919),
    date,
    amountCents,
    paymentmethod: "stripe",
    invoiceId,
    status,
    lines,
  };
}

/** Credit movements; each client's sum equals its seeded credit balance where one is set. */
function credits(): CreditEntry[] {
  return [
    {
      id: 4101,
      clientId: 501,
      date: "2026-09-20",
      description: "Goodwill credit for the September outage",
      amountCents: 1200,
      relid: 0,
    },
    {
      id: 4102,
      clientId: 502,
      date: "2026-06-02",
      description: "Overpayment on invoice #2987",
      amountCents: 725,
      relid: 0,
    },
    {
      id: 4131,
      clientId: 531,
      date: "2026-06-20",
      description: "Ön ödeme (havale)",
      amountCents: 10000,
      relid: 0,
    },
    {
      id: 4132,
      clientId: 531,
      date: "2026-07-02",
      description: "Credit Applied to Invoice #53101",
      amountCents: -10000,
      relid: 53101,
    },
    {
      id: 4141,
      clientId: 541,
      date: "2026-06-10",
      description: "Credit note for the May price change",
      amountCents: 500,
      relid: 0,
    },
  ];
}

/** Money received straight into credit, with no invoice (AddTransaction with credit=1). */
function looseTransactions(): LooseTransaction[] {
  return [
    {
      id: 9131,
      clientId: 531,
      gateway: "banktransfer",
      date: "2026-06-20 10:15:00",
      description: "Ön ödeme (havale)",
      amountInCents: 10000,
      feesCents: 0,
      amountOutCents: 0,
      transid: "TR-EFT-20260620",
      refundid: 0,
    },
  ];
}
