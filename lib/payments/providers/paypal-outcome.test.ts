import { describe, expect, it } from "vitest";
import type { PayPalOrder } from "@/lib/paypal";
import type { ProviderAttempt } from "../provider";
import { outcomeOfOrder, paypalRequestId } from "./paypal-outcome";

const attempt = { saveMethod: true, savedTokenId: null } as ProviderAttempt;

function order(change: Partial<PayPalOrder>): PayPalOrder {
  return {
    id: "ORDER1",
    status: "completed",
    amount: { amountMinor: 1190, currency: "USD" },
    customId: "pay_1",
    invoiceId: "pay_1",
    fundingSource: "paypal",
    payerEmail: "buyer@paypal.test",
    payerId: "P1",
    capture: { id: "CAP1", status: "completed", amount: { amountMinor: 1190, currency: "USD" } },
    vault: { vaultId: "tok1", customerId: "cust1", status: "VAULTED" },
    approveUrl: null,
    ...change,
  };
}

describe("outcomeOfOrder", () => {
  it("a completed capture is captured, with the saved account only for an opted-in PayPal payer", () => {
    expect(outcomeOfOrder(order({}), attempt)).toEqual({
      kind: "captured",
      transactionId: "CAP1",
      amountMinor: 1190,
      providerRef: "ORDER1",
      savedMethod: {
        providerTokenId: "tok1",
        kind: "paypal",
        display: { email: "buyer@paypal.test" },
        customerId: "cust1",
      },
    });
    const noOptIn = { ...attempt, saveMethod: false };
    expect(outcomeOfOrder(order({}), noOptIn)).not.toHaveProperty("savedMethod");
    expect(outcomeOfOrder(order({ fundingSource: "card" }), attempt)).not.toHaveProperty(
      "savedMethod",
    );
    const notVaulted = order({ vault: { vaultId: "t", customerId: "c", status: "CREATED" } });
    expect(outcomeOfOrder(notVaulted, attempt)).not.toHaveProperty("savedMethod");
    const alreadySaved = { ...attempt, savedTokenId: "tok1" };
    expect(outcomeOfOrder(order({}), alreadySaved)).not.toHaveProperty("savedMethod");
  });

  it("maps the other order and capture states", () => {
    expect(outcomeOfOrder(order({ status: "approved" }), attempt)).toBeNull();
    expect(outcomeOfOrder(order({ status: "payer_action_required" }), attempt)).toEqual({
      kind: "pending",
      providerRef: "ORDER1",
    });
    expect(outcomeOfOrder(order({ status: "voided" }), attempt)).toMatchObject({
      kind: "failed",
      reason: "cancelled",
    });
    const held = order({ capture: { id: "C", status: "pending", amount: order({}).amount } });
    expect(outcomeOfOrder(held, attempt)).toMatchObject({ kind: "pending" });
    const declined = order({ capture: { id: "C", status: "declined", amount: order({}).amount } });
    expect(outcomeOfOrder(declined, attempt)).toMatchObject({
      kind: "failed",
      reason: "paypal_declined",
    });
  });
});

describe("paypalRequestId", () => {
  it("derives one id per call from the attempt's key, at most 108 characters", () => {
    expect(paypalRequestId("acc:key-1", "create")).toBe("acc:key-1");
    expect(paypalRequestId("acc:key-1", "capture")).toBe("acc:key-1:capture");
    const long = `${"a".repeat(30)}:${"b".repeat(100)}`;
    const capture = paypalRequestId(long, "capture");
    expect(capture.length).toBeLessThanOrEqual(108);
    expect(capture).toBe(paypalRequestId(long, "capture"));
    expect(capture).not.toBe(paypalRequestId(long, "create"));
  });
});
