import { billingState, RECHARGE_PRODUCT } from "../billing/state";
import type { SandboxDeps } from "../context";
import { int, str, type PhpArray } from "../http/php-form";
import type { JsonObject } from "../http/respond";
import type { WhmcsOrder } from "../state/billing-types";
import type { Order, SandboxState } from "../state/types";
import { currencyById } from "./currencies";
import { failure, success, type WhmcsReply } from "./envelope";
import { allInvoices } from "./invoice-source";
import { money, paginate } from "./format";

/** GetOrders: filters `id`, `userid` (client), `status`; paginated; newest first, like WHMCS. */
export function getOrders(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  const state = deps.store.state;
  const id = int(params, "id");
  const clientId = int(params, "userid");
  const status = str(params, "status")?.trim().toLowerCase();
  const matches = [...state.whmcs.orders, ...billingState(deps).orders.map(rechargeOrder)]
    .filter((o) => id === undefined || o.id === id)
    .filter((o) => clientId === undefined || o.clientId === clientId)
    .filter((o) => !status || o.status.toLowerCase() === status)
    .sort((a, b) => b.id - a.id);
  const { page, meta } = paginate(matches, params);
  // Same empty-list quirk as GetInvoices: a PHP empty array becomes `[]`.
  const orders = page.length === 0 ? [] : { order: page.map((o) => orderView(o, state)) };
  return success({ ...meta, orders });
}

/** An order placed by the settlement saga (AddOrder of the recharge product) in the seed's shape. */
function rechargeOrder(order: WhmcsOrder): Order {
  return {
    id: order.id,
    clientId: order.clientId,
    ordernum: order.ordernum,
    date: order.date,
    amountCents: order.amountCents,
    paymentmethod: order.paymentmethod,
    invoiceId: order.invoiceId,
    status: order.status,
    lines: [
      {
        type: "product",
        relid: order.serviceId,
        product: RECHARGE_PRODUCT.name,
        domain: "",
        billingcycle: "One Time",
        amountCents: order.amountCents,
        status: order.status === "Active" ? "Active" : "Pending",
      },
    ],
  };
}

function orderView(order: Order, state: SandboxState): JsonObject {
  const client = state.whmcs.clients.find((c) => c.id === order.clientId);
  const invoice = allInvoices(state).find((i) => i.id === order.invoiceId);
  const currency = currencyById(client?.currencyId);
  return {
    id: order.id,
    ordernum: order.ordernum,
    userid: order.clientId,
    contactid: 0,
    requestor_id: client?.users.find((u) => u.isOwner)?.userId ?? 0,
    admin_requestor_id: 0,
    date: order.date,
    nameservers: "",
    transfersecret: "",
    renewals: "",
    promocode: "",
    promotype: "",
    promovalue: "",
    orderdata: "[]",
    amount: money(order.amountCents),
    paymentmethod: order.paymentmethod,
    invoiceid: order.invoiceId,
    status: order.status,
    ipaddress: "198.51.100.7",
    fraudmodule: "",
    fraudoutput: "",
    notes: "",
    paymentmethodname: order.paymentmethod === "stripe" ? "Credit Card" : order.paymentmethod,
    paymentstatus: invoice?.status ?? "",
    name: client ? `${client.firstname} ${client.lastname}` : "",
    currencyprefix: currency.prefix,
    currencysuffix: currency.suffix,
    frauddata: "",
    validationdata: "",
    lineitems: {
      lineitem: order.lines.map((l) => ({
        type: l.type,
        relid: l.relid,
        producttype: l.type === "product" ? "Other" : l.type,
        product: l.product,
        domain: l.domain,
        billingcycle: l.billingcycle,
        amount: `${currency.prefix}${money(l.amountCents)}${currency.suffix}`,
        status: l.status,
      })),
    },
  };
}

/**
 * GetTransactions: filters `clientid`, `invoiceid`, `transid`; not paginated (as documented).
 * Invoice payments and refunds come from their invoices, the rest from the loose list.
 */
export function getTransactions(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  const { transactions } = deps.store.state.whmcs;
  const invoices = allInvoices(deps.store.state);
  const clientId = int(params, "clientid");
  const invoiceId = int(params, "invoiceid");
  const transid = str(params, "transid");
  const all = [
    ...invoices.flatMap((i) =>
      i.transactions.map((t) => ({ ...t, clientId: i.clientId, invoiceId: i.id })),
    ),
    ...transactions.map((t) => ({ ...t, invoiceId: 0 })),
  ]
    .filter((t) => clientId === undefined || t.clientId === clientId)
    .filter((t) => invoiceId === undefined || t.invoiceId === invoiceId)
    .filter((t) => transid === undefined || t.transid === transid)
    .sort((a, b) => a.id - b.id);
  const rows = all.map((t) => ({
    id: t.id,
    userid: t.clientId,
    currency: "0",
    gateway: t.gateway,
    date: t.date,
    description: t.description,
    amountin: money(t.amountInCents),
    fees: money(t.feesCents),
    amountout: money(t.amountOutCents),
    rate: "1.00000",
    transid: t.transid,
    invoiceid: t.invoiceId,
    refundid: t.refundid,
  }));
  return success({
    totalresults: rows.length,
    startnumber: 0,
    numreturned: rows.length,
    transactions: rows.length === 0 ? [] : { transaction: rows },
  });
}

/** GetCredits: one client's credit movements (negative when applied to an invoice). */
export function getCredits(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  const clientId = int(params, "clientid");
  if (clientId === undefined) return failure("Client ID Not Found");
  const { clients, credits } = deps.store.state.whmcs;
  if (!clients.some((c) => c.id === clientId)) return failure("Client ID Not Found");
  const rows = credits
    .filter((c) => c.clientId === clientId)
    .sort((a, b) => a.id - b.id)
    .map((c) => ({
      id: c.id,
      date: c.date,
      description: c.description,
      amount: money(c.amountCents),
      relid: c.relid,
    }));
  return success({
    totalresults: rows.length,
    clientid: clientId,
    credits: rows.length === 0 ? [] : { credit: rows },
  });
}
