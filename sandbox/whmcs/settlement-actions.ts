import type { SandboxDeps } from "../context";
import type { PhpArray } from "../http/php-form";
import { addClient } from "./add-client";
import type { WhmcsReply } from "./envelope";
import { addInvoicePayment, applyCredit, getTransactions } from "./invoice-payments";
import { acceptOrder, addOrder, cancelOrder, getOrders } from "./orders";
import { getPaymentMethods } from "./payment-methods";

/** Actions the settlement saga needs (orders, payments, credit, clients), keyed lower-case. */
export const settlementActionNames = {
  addorder: "AddOrder",
  acceptorder: "AcceptOrder",
  cancelorder: "CancelOrder",
  getorders: "GetOrders",
  addinvoicepayment: "AddInvoicePayment",
  applycredit: "ApplyCredit",
  gettransactions: "GetTransactions",
  addclient: "AddClient",
  getpaymentmethods: "GetPaymentMethods",
} as const;

export const settlementActions: Record<
  string,
  (params: PhpArray, deps: SandboxDeps) => WhmcsReply
> = {
  addorder: addOrder,
  acceptorder: acceptOrder,
  cancelorder: cancelOrder,
  getorders: getOrders,
  addinvoicepayment: addInvoicePayment,
  applycredit: applyCredit,
  gettransactions: getTransactions,
  addclient: addClient,
  getpaymentmethods: () => getPaymentMethods(),
};
