import type { SandboxDeps } from "../context";
import { int, str, type PhpArray, type PhpValue } from "../http/php-form";
import { billingState, RECHARGE_PRODUCT, sqlDateTime } from "../billing/state";
import type { Invoice } from "../state/types";
import { failure, success, type WhmcsReply } from "./envelope";
import { GATEWAYS } from "./payment-methods";
import { taxRateFor } from "./tax";

/** First element of a PHP array parameter (`pid[0]=1` or `pid[]=1`). */
function first(params: PhpArray, key: string): string | undefined {
  const value: PhpValue | undefined = params[key];
  if (typeof value === "string") return value;
  if (!value) return undefined;
  const firstValue = Object.values(value)[0];
  return typeof firstValue === "string" ? firstValue : undefined;
}

/** "12.50" → 1250; undefined for anything that is not a plain non-negative decimal. */
function cents(text: string | undefined): number | undefined {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec((text ?? "").trim());
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

/**
 * AddOrder for the recharge-card product: one line, `priceoverride[0]` as the price (one-time), an
 * Unpaid invoice with tax by the client's country. Other products are not sold by the sandbox.
 */
export function addOrder(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  const clientId = int(params, "clientid");
  const client = deps.store.state.whmcs.clients.find((c) => c.id === clientId);
  if (!client) return failure("Client ID Not Found");
  if (client.status === "Closed")
    return failure("Unable to add order when client status is Closed");
  const gateway = str(params, "paymentmethod") ?? "";
  if (!GATEWAYS.some((g) => g.module === gateway)) {
    return failure(
      `Invalid Payment Method. Valid options include ${GATEWAYS.map((g) => g.module).join(",")}`,
    );
  }
  const pid = Number.parseInt(first(params, "pid") ?? "", 10);
  if (!Number.isInteger(pid)) return failure("No items added to cart so order cannot proceed");
  if (pid !== RECHARGE_PRODUCT.pid) return failure("Product ID Not Found");
  const price = cents(first(params, "priceoverride"));
  if (price === undefined || price <= 0) return failure("A positive priceoverride is required");

  const now = deps.now();
  const created = deps.store.update((state) => {
    const billing = billingState(deps);
    const invoiceId = Math.max(0, ...state.whmcs.invoices.map((i) => i.id)) + 1;
    const itemId =
      Math.max(0, ...state.whmcs.invoices.flatMap((i) => i.items.map((item) => item.id))) + 1;
    // One id sequence with the seeded orders, as in one WHMCS database.
    const orderId =
      Math.max(0, ...state.whmcs.orders.map((o) => o.id), ...billing.orders.map((o) => o.id)) + 1;
    const serviceId = billing.nextServiceId++;
    const date = sqlDateTime(now);
    const invoice: Invoice = {
      id: invoiceId,
      clientId: client.id,
      invoicenum: "",
      date: date.slice(0, 10),
      duedate: date.slice(0, 10),
      datepaid: null,
      dateRefunded: null,
      dateCancelled: null,
      status: "Unpaid",
      paymentmethod: gateway,
      taxrate: taxRateFor(client),
      creditCents: 0,
      notes: "",
      createdAt: date,
      updatedAt: date,
      items: [
        {
          id: itemId,
          type: "Hosting",
          relid: serviceId,
          description: `${RECHARGE_PRODUCT.name} (One Time)`,
          amountCents: price,
          taxed: true,
        },
      ],
      transactions: [],
    };
    state.whmcs.invoices.push(invoice);
    billing.orders.push({
      id: orderId,
      ordernum: String(1_000_000_000 + orderId),
      clientId: client.id,
      pid,
      serviceId,
      invoiceId,
      amountCents: price,
      paymentmethod: gateway,
      status: "Pending",
      date,
    });
    return { orderId, invoiceId, serviceId };
  });
  // The documented example sends the ids as strings.
  return success({
    orderid: String(created.orderId),
    serviceids: String(created.serviceId),
    addonids: "",
    domainids: "",
    invoiceid: String(created.invoiceId),
  });
}

/** AcceptOrder: Pending → Active. */
export function acceptOrder(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  return changeOrder(params, deps, "Active");
}

/** CancelOrder: Pending → Cancelled, and its still unpaid invoice with it. */
export function cancelOrder(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  return changeOrder(params, deps, "Cancelled");
}

function changeOrder(params: PhpArray, deps: SandboxDeps, to: "Active" | "Cancelled"): WhmcsReply {
  const id = int(params, "orderid");
  const order = billingState(deps).orders.find((o) => o.id === id);
  if (!order || order.status !== "Pending") {
    return failure("Order ID not found or Status not Pending");
  }
  deps.store.update((state) => {
    order.status = to;
    const invoice = state.whmcs.invoices.find((i) => i.id === order.invoiceId);
    if (to === "Cancelled" && invoice && invoice.status === "Unpaid") {
      invoice.status = "Cancelled";
      invoice.dateCancelled = sqlDateTime(deps.now());
      invoice.updatedAt = sqlDateTime(deps.now());
    }
  });
  return success();
}
