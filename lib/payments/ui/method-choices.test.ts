import { describe, expect, it } from "vitest";
import { choiceForMethod, initialChoice, methodChoices } from "./method-choices";

const visa = {
  id: "pm1",
  kind: "card" as const,
  isDefault: false,
  brand: "visa",
  last4: "4242",
  expMonth: 12,
  expYear: 2030,
};
const paypal = { id: "pp1", kind: "paypal" as const, isDefault: true, email: "bill@example.test" };

describe("payment method choices", () => {
  it("lists saved methods, new card, PayPal, credit and contact-us methods, in that order", () => {
    const choices = methodChoices({
      offered: ["credit", "card", "paypal"],
      saved: [visa, paypal],
      creditMinor: 1_200,
      creditCoversMinor: 1_000,
      contactMethods: ["Bank transfer"],
    });
    expect(choices.map((c) => c.key)).toEqual([
      "saved-pm1",
      "saved-pp1",
      "new-card",
      "paypal",
      "credit",
      "contact-0",
    ]);
    // The default saved method is preselected; contact-us methods never are.
    expect(initialChoice(choices)).toBe("saved-pp1");
    expect(initialChoice(choices, "credit")).toBe("credit");
    expect(initialChoice(choices, "contact-0")).toBe("saved-pp1");
  });

  it("offers only what a registered provider can take", () => {
    const choices = methodChoices({
      offered: ["credit"],
      saved: [visa, paypal],
      creditMinor: 1_200,
      creditCoversMinor: 1_000,
      contactMethods: [],
    });
    expect(choices.map((c) => c.key)).toEqual(["credit"]);
    expect(initialChoice(choices)).toBe("credit");
  });

  it("offers credit only when it covers the invoice (or the smallest refill)", () => {
    const base = { offered: ["credit", "card"], saved: [], contactMethods: [] };
    const keys = (creditMinor: number | null, creditCoversMinor: number) =>
      methodChoices({ ...base, creditMinor, creditCoversMinor }).map((c) => c.key);
    expect(keys(1_200, 3_689)).toEqual(["new-card"]);
    expect(keys(5_000, 3_689)).toEqual(["new-card", "credit"]);
    expect(keys(null, 1_000)).toEqual(["new-card"]);
    expect(keys(10, 1_000)).toEqual(["new-card"]);
  });

  it("maps an earlier attempt's method back to a choice", () => {
    expect(choiceForMethod("card")).toBe("new-card");
    expect(choiceForMethod("credit")).toBe("credit");
    expect(choiceForMethod("bitcoin")).toBeNull();
  });
});
