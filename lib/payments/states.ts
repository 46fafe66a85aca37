/**
 * The settlement state machine (docs/payments-saga.md). Pure: no I/O, so every rule about which
 * state may follow which is unit-tested here and enforced by conditional updates in the repository.
 */
export const PAYMENT_STATES = [
  "created",
  "invoiced",
  "awaiting_payment",
  "needs_authentication",
  "paid",
  "recorded_in_whmcs",
  "funded",
  "notified",
  "done",
  "failed",
  "cancelled",
] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

export const PAYMENT_PURPOSES = ["upgrade", "refill", "invoice", "auto-refill"] as const;
export type PaymentPurpose = (typeof PAYMENT_PURPOSES)[number];

const TRANSITIONS: Record<PaymentState, readonly PaymentState[]> = {
  created: ["invoiced", "failed", "cancelled"],
  invoiced: ["awaiting_payment", "needs_authentication", "paid", "failed", "cancelled"],
  awaiting_payment: ["needs_authentication", "paid", "failed", "cancelled"],
  needs_authentication: ["awaiting_payment", "paid", "failed", "cancelled"],
  // From here on money has been captured: the only way is forward, however long it takes.
  paid: ["recorded_in_whmcs"],
  recorded_in_whmcs: ["funded"],
  funded: ["notified"],
  notified: ["done"],
  done: [],
  failed: [],
  cancelled: [],
};

/** Every state that is not final: the attempt still has work to do or waits for someone. */
export const OPEN_PAYMENT_STATES: readonly PaymentState[] = PAYMENT_STATES.filter(
  (state) => !["done", "failed", "cancelled"].includes(state),
);

export function isPaymentState(value: string): value is PaymentState {
  return (PAYMENT_STATES as readonly string[]).includes(value);
}

export function canTransition(from: PaymentState, to: PaymentState): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isFinal(state: PaymentState): boolean {
  return TRANSITIONS[state].length === 0;
}

/** Money is with us (or on its way to WHMCS/the platform): the attempt may no longer fail. */
export function isCaptured(state: PaymentState): boolean {
  return ["paid", "recorded_in_whmcs", "funded", "notified", "done"].includes(state);
}

/** States in which nothing happens until the customer or the provider acts. */
export function isWaitingForCustomer(state: PaymentState): boolean {
  return state === "awaiting_payment" || state === "needs_authentication";
}

/** What the customer sees, read from our records (DESIGN.md §4). */
export type PaymentStatusView = "processing" | "needs_action" | "failed" | "cancelled" | "done";

export function statusView(state: PaymentState): PaymentStatusView {
  if (state === "done") return "done";
  if (state === "failed") return "failed";
  if (state === "cancelled") return "cancelled";
  if (isWaitingForCustomer(state)) return "needs_action";
  return "processing";
}

export class IllegalTransitionError extends Error {
  override name = "IllegalTransitionError";
  constructor(from: PaymentState, to: PaymentState) {
    super(`Payment state ${from} cannot go to ${to}`);
  }
}

export function assertTransition(from: PaymentState, to: PaymentState): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}
