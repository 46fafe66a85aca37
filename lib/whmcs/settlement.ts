import { money, toDecimalString } from "@/lib/billing/money";
import type { WhmcsTransport } from "./client";
import {
  addClientSchema,
  addOrderSchema,
  applyCreditSchema,
  getTransactionsSchema,
  invoiceDetailSchema,
  okSchema,
  paymentMethodsSchema,
  type RawInvoiceDetail,
} from "./schemas-settlement";
import { toInvoiceStatus } from "./transform";
import type {
  CreditApplied,
  InvoicePaymentInput,
  InvoiceTransactionRecord,
  NewWhmcsClient,
  PayableInvoice,
  PlacedOrder,
  RechargeOrderInput,
  WhmcsGateway,
} from "./types-settlement";

/**
 * Orders, invoices and payments for the settlement saga. None of the writes is retried here
 * (a lost answer may still have been applied): the saga checks WHMCS before it repeats one.
 */
export type WhmcsSettlementClient = {
  addRechargeOrder(input: RechargeOrderInput): Promise<PlacedOrder>;
  acceptOrder(orderId: number): Promise<void>;
  cancelOrder(orderId: number): Promise<void>;
  getPayableInvoice(invoiceId: number, currency: string): Promise<PayableInvoice>;
  findTransactions(transactionId: string, currency: string): Promise<InvoiceTransactionRecord[]>;
  addInvoicePayment(input: InvoicePaymentInput): Promise<void>;
  applyCredit(invoiceId: number, amountMinor: number, currency: string): Promise<CreditApplied>;
  getPaymentMethods(): Promise<WhmcsGateway[]>;
  addClient(input: NewWhmcsClient): Promise<{ clientId: number; ownerUserId: number | null }>;
};

const dec = (amountMinor: number, currency: string) => toDecimalString({ amountMinor, currency });

/** "Y-m-d H:i:s" in UTC, the form AddInvoicePayment documents. */
const whmcsDateTime = (date: Date) => date.toISOString().slice(0, 19).replace("T", " ");

function toTransaction(
  raw: RawInvoiceDetail["transactions"][number],
  currency: string,
): InvoiceTransactionRecord {
  return {
    transactionId: raw.transid,
    gateway: raw.gateway,
    amountInMinor: money(raw.amountin, currency).amountMinor,
    amountOutMinor: money(raw.amountout, currency).amountMinor,
  };
}

function toPayableInvoice(raw: RawInvoiceDetail, currency: string): PayableInvoice {
  const minor = (value: string) => money(value, currency).amountMinor;
  const subtotalMinor = minor(raw.subtotal);
  const taxMinor = minor(raw.tax) + minor(raw.tax2);
  const creditMinor = minor(raw.credit);
  const transactions = raw.transactions.map((t) => toTransaction(t, currency));
  const paid = transactions.reduce((sum, t) => sum + t.amountInMinor - t.amountOutMinor, 0);
  const grossMinor = subtotalMinor + taxMinor;
  return {
    id: raw.invoiceid,
    clientId: raw.userid,
    status: toInvoiceStatus(raw.status),
    currency,
    subtotalMinor,
    taxMinor,
    creditMinor,
    grossMinor,
    balanceMinor: raw.balance !== undefined ? minor(raw.balance) : grossMinor - creditMinor - paid,
    taxRate: raw.taxrate,
    transactions,
  };
}

export function settlementMethods(transport: WhmcsTransport): WhmcsSettlementClient {
  const write = { idempotent: false } as const;
  const read = { idempotent: true } as const;
  return {
    addRechargeOrder: (input) =>
      transport.call(
        "AddOrder",
        {
          clientid: input.clientId,
          paymentmethod: input.gateway,
          pid: [input.productId],
          billingcycle: ["onetime"],
          priceoverride: [dec(input.priceMinor, input.currency)],
          // The portal sends its own messages; WHMCS's order mail would duplicate them.
          noemail: true,
        },
        addOrderSchema,
        (raw) => {
          if (raw.invoiceid === undefined || raw.invoiceid <= 0) {
            throw new Error("AddOrder created no invoice");
          }
          return { orderId: raw.orderid, invoiceId: raw.invoiceid, serviceIds: raw.serviceids };
        },
        write,
      ),
    acceptOrder: (orderId) =>
      transport.call("AcceptOrder", { orderid: orderId }, okSchema, () => undefined, write),
    cancelOrder: (orderId) =>
      transport.call(
        "CancelOrder",
        { orderid: orderId, noemail: true },
        okSchema,
        () => undefined,
        write,
      ),
    getPayableInvoice: (invoiceId, currency) =>
      transport.call(
        "GetInvoice",
        { invoiceid: invoiceId },
        invoiceDetailSchema,
        (raw) => toPayableInvoice(raw, currency),
        read,
      ),
    findTransactions: (transactionId, currency) =>
      transport.call(
        "GetTransactions",
        { transid: transactionId },
        getTransactionsSchema,
        (raw) =>
          raw.transactions
            .filter((t) => t.transid === transactionId)
            .map((t) => toTransaction(t, currency)),
        read,
      ),
    addInvoicePayment: (input) =>
      transport.call(
        "AddInvoicePayment",
        {
          invoiceid: input.invoiceId,
          transid: input.transactionId,
          gateway: input.gateway,
          amount: dec(input.amountMinor, input.currency),
          date: whmcsDateTime(input.date),
          noemail: true,
        },
        okSchema,
        () => undefined,
        write,
      ),
    applyCredit: (invoiceId, amountMinor, currency) =>
      transport.call(
        "ApplyCredit",
        { invoiceid: invoiceId, amount: dec(amountMinor, currency), noemail: true },
        applyCreditSchema,
        (raw) => ({
          amountMinor: raw.amount ? money(raw.amount, currency).amountMinor : amountMinor,
          invoicePaid: /^(true|1)$/i.test(raw.invoicepaid),
        }),
        write,
      ),
    getPaymentMethods: () =>
      transport.call(
        "GetPaymentMethods",
        {},
        paymentMethodsSchema,
        (raw) => raw.paymentmethods.map((g) => ({ module: g.module, displayName: g.displayname })),
        read,
      ),
    addClient: (input) =>
      transport.call(
        "AddClient",
        {
          firstname: input.firstName,
          lastname: input.lastName,
          email: input.email,
          companyname: input.companyName,
          address1: input.address1,
          city: input.city,
          state: input.state,
          postcode: input.postcode,
          country: input.country,
          phonenumber: input.phoneNumber,
          tax_id: input.taxId,
          owner_user_id: input.ownerUserId,
          password2: input.ownerUserId === undefined ? input.password : undefined,
          noemail: true,
        },
        addClientSchema,
        (raw) => ({ clientId: raw.clientid, ownerUserId: raw.owner_id ?? null }),
        { idempotent: false, secrets: input.password ? [input.password] : [] },
      ),
  };
}
