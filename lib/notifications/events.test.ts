import { describe, expect, it } from "vitest";
import {
  dedupeKeyOf,
  eventFromStored,
  notificationEventSchema,
  storedParamsOf,
  type NotificationEvent,
} from "./events";

const credentials: NotificationEvent = {
  kind: "billing_account_created",
  billingPanelUrl: "https://billing.example.com/clientarea.php",
  email: "Bill@Example.com",
  password: "s3cret-Pa55",
};

describe("notification events", () => {
  it("accepts each of the four kinds", () => {
    const events = [
      {
        kind: "upgrade_done",
        paymentId: "pay_1",
        amountMinor: 2500,
        currency: "USD",
        newGroup: "billing",
      },
      {
        kind: "refill_done",
        paymentId: "pay_2",
        amountMinor: 1000,
        currency: "EUR",
        balanceMinor: -5,
      },
      {
        kind: "payment_failed",
        paymentId: "pay_3",
        amountMinor: 1000,
        currency: "USD",
        reason: "insufficient_funds",
      },
      credentials,
    ];
    for (const event of events) expect(notificationEventSchema.parse(event)).toEqual(event);
  });

  it("refuses bad money, unknown kinds and reasons, extra fields and unsafe links", () => {
    const refill = { kind: "refill_done", paymentId: "p", amountMinor: 1000, currency: "USD" };
    const bad = [
      { ...refill, amountMinor: 10.5 },
      { ...refill, amountMinor: 0 },
      { ...refill, amountMinor: "1000" },
      { ...refill, currency: "usd" },
      { ...refill, paymentId: " " },
      { ...refill, kind: "refill" },
      { ...refill, note: "extra" },
      { ...refill, kind: "payment_failed", reason: "fraud" },
      { ...credentials, billingPanelUrl: "javascript:alert(1)" },
      { ...credentials, email: "not-an-email" },
      { ...credentials, password: "" },
    ];
    for (const event of bad) expect(notificationEventSchema.safeParse(event).success).toBe(false);
  });

  it("never reports the password back in a validation error", () => {
    const result = notificationEventSchema.safeParse({ ...credentials, email: "nope" });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error)).not.toContain("s3cret-Pa55");
  });

  it("dedupes per payment, per failed attempt and per billing login", () => {
    const failed = {
      kind: "payment_failed",
      paymentId: "pay_3",
      amountMinor: 1,
      currency: "USD",
      reason: "declined",
    } as const;
    expect(dedupeKeyOf(failed)).toBe("pay_3#1");
    expect(dedupeKeyOf({ ...failed, attempt: 2 })).toBe("pay_3#2");
    expect(dedupeKeyOf(credentials)).toBe("bill@example.com");
  });

  it("stores no password, and cannot rebuild a credentials email from what is stored", () => {
    const stored = storedParamsOf(credentials);
    expect(stored).toEqual({
      billingPanelUrl: credentials.billingPanelUrl,
      email: credentials.email,
    });
    expect(JSON.stringify(stored)).not.toContain("s3cret");
    expect(eventFromStored("billing_account_created", stored)).toBeNull();
    const refill = { paymentId: "p", amountMinor: 5, currency: "USD" };
    expect(eventFromStored("refill_done", refill)).toEqual({ kind: "refill_done", ...refill });
    expect(eventFromStored("refill.done", refill)).toBeNull();
  });
});
