import { describe, expect, it } from "vitest";
import { isFinalStatus, paymentStatusJson } from "./status-json";

const view = {
  id: "p1",
  purpose: "refill",
  status: "processing" as const,
  amountMinor: 1_000,
  taxMinor: 190,
  totalMinor: 1_190,
  currency: "USD",
  invoiceId: 53_402,
  failureReason: null,
  actionUrl: "https://checkout.example/c/pay/cs_1",
};
const balance = { amountMinor: 5_250, currency: "USD" };

describe("the return page's view of an attempt", () => {
  it("sends the provider page only while the customer must act there", () => {
    expect(paymentStatusJson(view, null).actionUrl).toBeNull();
    expect(paymentStatusJson({ ...view, status: "needs_action" }, null).actionUrl).toBe(
      view.actionUrl,
    );
  });

  it("gives a folded reason only for failed or cancelled attempts, never upstream text", () => {
    const failed = { ...view, status: "failed" as const, failureReason: "declined" };
    expect(paymentStatusJson(failed, null).failure).toBe("card_declined");
    const odd = { ...view, status: "cancelled" as const, failureReason: "whmcs: Invalid Token" };
    expect(paymentStatusJson(odd, null).failure).toBe("generic");
    expect(paymentStatusJson({ ...view, failureReason: "declined" }, null).failure).toBeNull();
  });

  it("shows the new balance only once the attempt is done", () => {
    expect(paymentStatusJson(view, balance).balance).toBeNull();
    expect(paymentStatusJson({ ...view, status: "done" }, balance).balance).toEqual(balance);
    expect(isFinalStatus("done")).toBe(true);
    expect(isFinalStatus("needs_action")).toBe(false);
  });
});
