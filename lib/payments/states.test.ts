import { describe, expect, it } from "vitest";
import {
  assertTransition,
  canTransition,
  isCaptured,
  isFinal,
  PAYMENT_STATES,
  statusView,
  type PaymentState,
} from "./states";

describe("payment state machine", () => {
  it("walks the happy path forward one step at a time", () => {
    const path: PaymentState[] = [
      "created",
      "invoiced",
      "awaiting_payment",
      "paid",
      "recorded_in_whmcs",
      "funded",
      "notified",
      "done",
    ];
    for (let i = 0; i < path.length - 1; i++) {
      expect(canTransition(path[i]!, path[i + 1]!)).toBe(true);
    }
  });

  it("lets an immediate capture (credit, saved card) skip awaiting_payment", () => {
    expect(canTransition("invoiced", "paid")).toBe(true);
  });

  it("never fails, cancels or goes back once money is captured", () => {
    for (const from of PAYMENT_STATES.filter(isCaptured)) {
      expect(canTransition(from, "failed")).toBe(false);
      expect(canTransition(from, "cancelled")).toBe(false);
      expect(canTransition(from, "awaiting_payment")).toBe(false);
    }
    expect(() => assertTransition("paid", "failed")).toThrow(/paid cannot go to failed/);
  });

  it("never skips recording in WHMCS or funding", () => {
    expect(canTransition("paid", "funded")).toBe(false);
    expect(canTransition("paid", "done")).toBe(false);
    expect(canTransition("recorded_in_whmcs", "notified")).toBe(false);
  });

  it("allows no move out of a final state", () => {
    for (const final of ["done", "failed", "cancelled"] as const) {
      expect(isFinal(final)).toBe(true);
      for (const to of PAYMENT_STATES) expect(canTransition(final, to)).toBe(false);
    }
  });

  it("lets an attempt waiting for 3-D Secure come back to paying, fail or be cancelled", () => {
    expect(canTransition("needs_authentication", "paid")).toBe(true);
    expect(canTransition("needs_authentication", "awaiting_payment")).toBe(true);
    expect(canTransition("needs_authentication", "cancelled")).toBe(true);
  });

  it("shows the customer the real state", () => {
    expect(statusView("paid")).toBe("processing");
    expect(statusView("needs_authentication")).toBe("needs_action");
    expect(statusView("failed")).toBe("failed");
    expect(statusView("done")).toBe("done");
  });
});
