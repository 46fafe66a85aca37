import { createPayment, type NewPayment } from "@/lib/payments/create";
import { RECHARGE_PRODUCT } from "@/sandbox/billing/state";
import type { Harness } from "./settlement-harness";
import { BILLING } from "./settlement-harness";

/** What the upstreams recorded, read over their real APIs: the "exactly once" evidence. */

type Row = Record<string, unknown>;

function list(value: unknown, singular: string): Row[] {
  if (!value || typeof value !== "object") return [];
  const inner = (value as Record<string, unknown>)[singular];
  return Array.isArray(inner) ? (inner as Row[]) : [];
}

export async function whmcsTransactions(h: Harness, transid: string): Promise<Row[]> {
  const reply = await h.whmcsRaw("GetTransactions", { transid });
  return list(reply.transactions, "transaction");
}

/** The client's recharge-product orders (the seed also holds the client's older, other orders). */
export async function whmcsOrders(h: Harness, clientId: number): Promise<Row[]> {
  const reply = await h.whmcsRaw("GetOrders", { userid: String(clientId) });
  return list(reply.orders, "order").filter((order) =>
    list(order.lineitems, "lineitem").some((line) => line.product === RECHARGE_PRODUCT.name),
  );
}

export async function whmcsInvoice(h: Harness, invoiceId: number): Promise<Row> {
  return h.whmcsRaw("GetInvoice", { invoiceid: String(invoiceId) });
}

export async function whmcsCredit(h: Harness, clientId: number): Promise<string> {
  const reply = await h.whmcsRaw("GetClientsDetails", { clientid: String(clientId) });
  return String((reply.client as Row).credit);
}

export async function fundings(h: Harness, uid: number, note?: string): Promise<Row[]> {
  const reply = await h.platformRaw("billing/account/rest/getfundaccounthistory", {
    uid: String(uid),
  });
  const rows = (reply.array as Row[] | undefined) ?? [];
  return note === undefined ? rows : rows.filter((r) => r.note === note);
}

let counter = 0;

/** A refill attempt of the billing demo account (DE client, 19 % VAT). */
export async function newRefill(h: Harness, overrides: Partial<NewPayment> = {}) {
  counter += 1;
  const { payment } = await createPayment(h.db, {
    accountId: h.accountId("billing"),
    idempotencyKey: `refill_${Date.now()}_${counter}_abcdef`,
    purpose: "refill",
    amountMinor: 1_000,
    currency: "USD",
    method: "card",
    provider: "test-card",
    whmcsClientId: BILLING.clientId,
    platformUid: BILLING.uid,
    ...overrides,
  });
  return payment;
}

/** One payment's full evidence in one object, for compact assertions. */
export async function evidence(h: Harness, paymentId: string) {
  const payment = await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
  const transactions = payment.providerTransactionId
    ? await whmcsTransactions(h, payment.providerTransactionId)
    : [];
  const funded = await fundings(h, payment.platformUid ?? 0, payment.fundingNote ?? "");
  const notifications = await h.db.notification.count({
    where: { accountId: payment.accountId, params: { path: ["paymentId"], equals: payment.id } },
  });
  return {
    state: payment.state,
    whmcsPayments: transactions.length,
    fundings: funded.length,
    fundedAmount: funded[0]?.amount,
    notifications,
    payment,
  };
}
