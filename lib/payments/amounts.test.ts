import { describe, expect, it } from "vitest";
import { checkAmount, parseTypedAmount, paymentRequestSchema } from "./amounts";

const limits = { minMinor: 1_000, maxMinor: 100_000, currency: "USD" };
const valid = {
  purpose: "refill",
  amountMinor: 2_500,
  currency: "USD",
  method: "credit",
  idempotencyKey: "refill_0123456789abcdef",
};

describe("amount validation", () => {
  it("accepts integer minor units within the limits, edges included", () => {
    expect(checkAmount(1_000, "USD", limits)).toEqual({ ok: true, amountMinor: 1_000 });
    expect(checkAmount(100_000, "USD", limits)).toEqual({ ok: true, amountMinor: 100_000 });
  });

  it("refuses amounts outside min/max, fractions and another currency", () => {
    expect(checkAmount(999, "USD", limits)).toEqual({ ok: false, reason: "below_min" });
    expect(checkAmount(100_001, "USD", limits)).toEqual({ ok: false, reason: "above_max" });
    expect(checkAmount(1_000.5, "USD", limits)).toEqual({ ok: false, reason: "not_integer" });
    expect(checkAmount("2500", "USD", limits)).toEqual({ ok: false, reason: "not_integer" });
    expect(checkAmount(2_500, "EUR", limits)).toEqual({ ok: false, reason: "currency_mismatch" });
  });

  it("parses what a customer types without rounding it", () => {
    expect(parseTypedAmount("12.50", "USD")).toBe(1_250);
    expect(parseTypedAmount("12,5", "USD")).toBe(1_250);
    expect(parseTypedAmount("40", "USD")).toBe(4_000);
    expect(parseTypedAmount("12.505", "USD")).toBeNull();
    expect(parseTypedAmount("1e3", "USD")).toBeNull();
    expect(parseTypedAmount("-5", "USD")).toBeNull();
    expect(parseTypedAmount("500", "JPY")).toBe(500);
  });

  it("refuses a tampered request: amount, method or key", () => {
    const schema = paymentRequestSchema(limits, ["credit", "card"]);
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse({ ...valid, amountMinor: 5 }).success).toBe(false);
    expect(schema.safeParse({ ...valid, amountMinor: 10_000_000 }).success).toBe(false);
    expect(schema.safeParse({ ...valid, method: "bitcoin" }).success).toBe(false);
    expect(schema.safeParse({ ...valid, purpose: "gift" }).success).toBe(false);
    expect(schema.safeParse({ ...valid, idempotencyKey: "short" }).success).toBe(false);
  });

  it("an invoice payment names its invoice; the refill limits do not apply to its balance", () => {
    const schema = paymentRequestSchema(limits, ["credit", "card"]);
    const invoice = { ...valid, purpose: "invoice", invoiceId: 3102, amountMinor: 300 };
    expect(schema.safeParse(invoice).success).toBe(true);
    expect(schema.safeParse({ ...invoice, amountMinor: 0 }).success).toBe(false);
    expect(schema.safeParse({ ...invoice, amountMinor: 2.5 }).success).toBe(false);
    expect(schema.safeParse({ ...invoice, invoiceId: undefined }).success).toBe(false);
    expect(schema.safeParse({ ...invoice, invoiceId: -1 }).success).toBe(false);
    expect(schema.safeParse({ ...valid, invoiceId: 3102 }).success).toBe(false);
  });
});
