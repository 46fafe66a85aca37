import { describe, expect, it } from "vitest";
import { notificationReason, pausesAutoRefill, reasonOfFailure } from "./auto-refill-reasons";
import { amountProblem, autoRefillSettingsSchema, thresholdProblem } from "./auto-refill-settings";

const limits = { minMinor: 1_000, maxMinor: 100_000, stepMinor: 500 };

describe("auto-refill settings", () => {
  it("takes amounts the refill slider can reach: min, min + steps, max", () => {
    expect(amountProblem(1_000, limits)).toBeNull();
    expect(amountProblem(1_500, limits)).toBeNull();
    expect(amountProblem(100_000, limits)).toBeNull();
    expect(amountProblem(1_250, limits)).toBe("step");
    expect(amountProblem(999, limits)).toBe("below_min");
    expect(amountProblem(100_500, limits)).toBe("above_max");
    expect(amountProblem(null, limits)).toBe("invalid");
    expect(amountProblem(10.5, limits)).toBe("invalid");
  });

  it("needs a threshold above zero and at most the largest refill", () => {
    expect(thresholdProblem(1, limits)).toBeNull();
    expect(thresholdProblem(0, limits)).toBe("too_low");
    expect(thresholdProblem(100_001, limits)).toBe("too_high");
    expect(thresholdProblem(null, limits)).toBe("invalid");
  });

  it("the schema reports each field's problem and refuses extra fields", () => {
    const schema = autoRefillSettingsSchema(limits);
    expect(
      schema.safeParse({ enabled: true, thresholdMinor: 500, amountMinor: 5_000 }).success,
    ).toBe(true);
    const bad = schema.safeParse({ enabled: true, thresholdMinor: 0, amountMinor: 1_250 });
    expect(bad.success ? [] : bad.error.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["thresholdMinor", "too_low"],
      ["amountMinor", "step"],
    ]);
    expect(
      schema.safeParse({ enabled: true, thresholdMinor: 500, amountMinor: 5_000, x: 1 }).success,
    ).toBe(false);
  });
});

describe("auto-refill failure reasons", () => {
  it("maps provider codes to what the customer is told", () => {
    expect(reasonOfFailure("authentication_required")).toBe("authentication_required");
    expect(reasonOfFailure("card_declined")).toBe("card_declined");
    expect(reasonOfFailure("insufficient_funds")).toBe("insufficient_funds");
    expect(reasonOfFailure("Some upstream text")).toBe("generic");
    expect(reasonOfFailure(null)).toBe("generic");
    expect(notificationReason("authentication_required")).toBe("authentication_failed");
    expect(notificationReason("expired_card")).toBe("declined");
    expect(notificationReason("generic")).toBe("provider_error");
  });

  it("a failed charge pauses the rule; a settings problem does not", () => {
    expect(pausesAutoRefill(null)).toBe(false);
    expect(pausesAutoRefill("card_declined")).toBe(true);
    expect(pausesAutoRefill("generic")).toBe(true);
    expect(pausesAutoRefill("no_payment_method")).toBe(false);
    expect(pausesAutoRefill("method_unavailable")).toBe(false);
  });
});
