import type { SandboxDeps } from "../context";
import { int, str, type PhpArray } from "../http/php-form";
import { sqlDateTime } from "../billing/state";
import type { Invoice, InvoiceTransaction, SandboxState } from "../state/types";
import { failure, success, type WhmcsReply } from "./envelope";
import { money } from "./format";
import { invoiceTotals } from "./invoice-view";

function cents(text: string | undefined): number | undefined {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec((text ?? "").trim());
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

function markPaidIfSettled(invoice: Invoice, now: number): void {
  invoice.updatedAt = sqlDateTime(now);
  if (invoice.status === "Unpaid" && invoiceTotals(invoice).balanceCents <= 0) {
    invoice.status = "Paid";
    invoice.datepaid = sqlDateTime(now);
  }
}

function nextTransactionId(state: SandboxState): number {
  return Math.max(0, ...state.whmcs.invoices.flatMap((i) => i.transactions.map((t) => t.id))) + 1;
}

/**
 * AddInvoicePayment. Whether real WHMCS refuses a repeated `transid` is undocumented
 * (reference §7.5), so the sandbox records every call: a duplicate shows up as a second transaction
 * with the same `transid` in GetTransactions, which is exactly what the tests look for.
 */
export function addInvoicePayment(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  const id = int(params, "invoiceid");
  const invoice = deps.store.state.whmcs.invoices.find((i) => i.id === id);
  if (!invoice) return failure("Invoice ID Not Found");
  if (invoice.status === "Cancelled") {
    return failure("It is not possible to add a payment to an invoice that is Cancelled");
  }
  const transid = str(params, "transid")?.trim() ?? "";
  const gateway = str(params, "gateway")?.trim() ?? "";
  if (!transid) return failure("Transaction ID is required");
  if (!gateway) return failure("Gateway is required");
  const given = str(params, "amount");
  const amount = given === undefined ? invoiceTotals(invoice).balanceCents : cents(given);
  if (amount === undefined || amount <= 0) return failure("Invalid amount");
  const now = deps.now();
  deps.store.update((state) => {
    const transaction: InvoiceTransaction = {
      id: nextTransactionId(state),
      gateway,
      date: sqlDateTime(now),
      description: `Invoice Payment (${transid})`,
      amountInCents: amount,
      feesCents: cents(str(params, "fees")) ?? 0,
      amountOutCents: 0,
      transid,
      refundid: 0,
    };
    invoice.transactions.push(transaction);
    markPaidIfSettled(invoice, now);
  });
  return success();
}

/** ApplyCredit: moves client credit onto one Unpaid invoice (explicit amount). */
export function applyCredit(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  const id = int(params, "invoiceid");
  const invoice = deps.store.state.whmcs.invoices.find((i) => i.id === id);
  if (!invoice) return failure("Invoice ID Not Found");
  if (invoice.status !== "Unpaid") return failure("Invoice Not in Unpaid Status");
  const client = deps.store.state.whmcs.clients.find((c) => c.id === invoice.clientId);
  if (!client) return failure("Client ID Not Found");
  const given = str(params, "amount");
  const balance = invoiceTotals(invoice).balanceCents;
  const amount = given === undefined ? balance : cents(given);
  if (amount === undefined || amount <= 0) {
    return failure("Credit Amount to apply must be greater than zero");
  }
  if (amount > client.creditCents) return failure("Amount exceeds customer credit balance");
  if (amount > balance) return failure("Amount Exceeds Invoice Balance");
  const now = deps.now();
  const paid = deps.store.update(() => {
    client.creditCents -= amount;
    invoice.creditCents += amount;
    markPaidIfSettled(invoice, now);
    return invoice.status === "Paid";
  });
  return success({
    invoiceid: String(invoice.id),
    amount: money(amount),
    invoicepaid: String(paid),
  });
}
