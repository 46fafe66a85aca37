import { describe, expect, it } from "vitest";
import {
  brandName,
  isCardExpired,
  orderSavedMethods,
  toSavedMethodView,
} from "./saved-method-view";

const NOW = new Date("2026-11-30T12:00:00Z");
const row = (over: Partial<Parameters<typeof toSavedMethodView>[0]>) => ({
  id: "pm1",
  kind: "card",
  provider: "stripe",
  isDefault: false,
  display: { brand: "visa", last4: "4242", expMonth: 12, expYear: 2028 },
  createdAt: new Date("2026-01-01T00:00:00Z"),
  ...over,
});

describe("saved method view", () => {
  it("a card is usable through the last day of its expiry month", () => {
    expect(isCardExpired({ expMonth: 11, expYear: 2026 }, NOW)).toBe(false);
    expect(isCardExpired({ expMonth: 10, expYear: 2026 }, NOW)).toBe(true);
    expect(isCardExpired({ expMonth: 1, expYear: 2027 }, NOW)).toBe(false);
    expect(isCardExpired({ expMonth: 12, expYear: 2025 }, NOW)).toBe(true);
  });

  it("shows cards and PayPal accounts; a malformed row becomes a generic card, not a crash", () => {
    expect(toSavedMethodView(row({}), NOW)).toEqual({
      id: "pm1",
      kind: "card",
      provider: "stripe",
      isDefault: false,
      display: { brand: "visa", last4: "4242", expMonth: 12, expYear: 2028 },
      expired: false,
    });
    expect(
      toSavedMethodView(row({ kind: "paypal", display: { email: "b@paypal.test" } }), NOW),
    ).toMatchObject({ kind: "paypal", display: { email: "b@paypal.test" }, expired: false });
    expect(toSavedMethodView(row({ display: { brand: "visa" } }), NOW)).toMatchObject({
      kind: "card",
      display: { brand: "card", last4: "····" },
    });
  });

  it("orders the default first, then by when it was saved", () => {
    const rows = [
      row({ id: "b", createdAt: new Date("2026-02-01") }),
      row({ id: "a", createdAt: new Date("2026-01-01") }),
      row({ id: "d", isDefault: true, createdAt: new Date("2026-03-01") }),
    ];
    expect(orderSavedMethods(rows).map((r) => r.id)).toEqual(["d", "a", "b"]);
  });

  it("names brands as people write them, unknown ones not at all", () => {
    expect(brandName("visa")).toBe("Visa");
    expect(brandName("American Express")).toBe("American Express");
    expect(brandName("mystery")).toBeNull();
  });
});
