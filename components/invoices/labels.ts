import type { InvoiceStatus, InvoiceSummary } from "@/lib/whmcs";
import type { Translate } from "@/lib/i18n/translate";

/** "Overdue" is not stored by WHMCS: an unpaid invoice whose due date has passed. */
export function displayStatus(
  invoice: Pick<InvoiceSummary, "status" | "dueOn">,
  now = new Date(),
): InvoiceStatus | "overdue" {
  const today = now.toISOString().slice(0, 10);
  return invoice.status === "unpaid" && invoice.dueOn.toISOString().slice(0, 10) < today
    ? "overdue"
    : invoice.status;
}

export function gatewayLabel(t: Translate, gateway: string): string {
  const name = gateway.toLowerCase();
  if (name.startsWith("stripe")) return t("invoices.gateway.stripe");
  if (name.startsWith("paypal")) return t("invoices.gateway.paypal");
  if (name === "banktransfer" || name === "mailin") return t("invoices.gateway.banktransfer");
  if (name === "credit" || name === "") return t("invoices.gateway.credit");
  return gateway;
}

const STATUS_TONE: Record<InvoiceStatus | "overdue", string> = {
  paid: "bg-green-100 text-green-900",
  unpaid: "bg-amber-100 text-amber-900",
  overdue: "bg-red-100 text-red-900",
  cancelled: "bg-slate-200 text-slate-800",
  refunded: "bg-blue-100 text-blue-900",
  collections: "bg-red-100 text-red-900",
  draft: "bg-slate-100 text-slate-800",
  payment_pending: "bg-amber-100 text-amber-900",
};

export function statusTone(status: InvoiceStatus | "overdue"): string {
  return STATUS_TONE[status];
}
