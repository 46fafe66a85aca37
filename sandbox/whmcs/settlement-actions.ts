import type { SandboxDeps } from "../context";
import type { PhpArray } from "../http/php-form";
import { addClient } from "./add-client";
import type { WhmcsReply } from "./envelope";
import { addInvoicePayment, applyCredit } from "./invoice-payments";
import { acceptOrder, addOrder, cancelOrder } from "./orders";
import { getPaymentMethods } from "./payment-methods";

/**
 * Actions the settlement saga needs (orders, payments, credit, clients), keyed lower-case. GetOrders
 * and GetTransactions are shared with the billing documents (billing-documents.ts).
 */
export const settlementActionNames = {
  addorder: "AddOrder",
  acceptorder: "AcceptOrder",
  cancelorder: "CancelOrder",
  addinvoicepayment: "AddInvoicePayment",
  applycredit: "ApplyCredit",
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
  addinvoicepayment: addInvoicePayment,
  applycredit: applyCredit,
  addclient: addClient,
  getpaymentmethods: () => getPaymentMethods(),
};
