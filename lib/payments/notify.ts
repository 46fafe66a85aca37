import type { Payment } from "@/lib/db";
import type { NotifyPort } from "./deps";

/**
 * What the customer is told when an attempt is done, in the event shapes of lib/notifications
 * (docs/NOTIFICATIONS.md), so the dashboard text and the email come from the same catalogue.
 * Invoice payments have no event kind of their own yet; they keep a generic dashboard message.
 */
export type PaymentMessage = {
  kind: string;
  data: Record<string, string | number | boolean>;
};

/** Kinds lib/notifications also emails (the others are dashboard-only). */
export const EMAILED_KINDS: readonly string[] = ["upgrade_done", "refill_done"];

export function paymentMessage(payment: Payment, billingGroup: string): PaymentMessage {
  const money = {
    paymentId: payment.id,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
  };
  if (payment.purpose === "upgrade") {
    return { kind: "upgrade_done", data: { ...money, newGroup: billingGroup } };
  }
  if (payment.purpose === "refill" || payment.purpose === "auto-refill") {
    return { kind: "refill_done", data: money };
  }
  return {
    kind: "payment.succeeded",
    data: { ...money, purpose: payment.purpose, invoiceId: payment.whmcsInvoiceId ?? 0 },
  };
}

/**
 * The dashboard notification, written in the same transaction that moves the payment to
 * `notified`, so it exists exactly once. Its dedupe key is the payment id — the key
 * lib/notifications uses — so the email sent afterwards (`EmailPort`) finds this row, not a new one.
 */
export const notifyByDashboard: NotifyPort = async (tx, message) => {
  // skipDuplicates: a row lib/notifications already wrote for this payment is the same message.
  await tx.notification.createMany({
    data: {
      accountId: message.accountId,
      kind: message.kind,
      params: message.data,
      dedupeKey: String(message.data.paymentId ?? "") || null,
    },
    skipDuplicates: true,
  });
};
