import { describe, expect, it } from "vitest";
import { validateCardForm } from "./card-form";

const now = new Date("2026-11-30T12:00:00Z");
const good = {
  email: "buyer@example.test",
  cardNumber: "4242 4242 4242 4242",
  cardExpiry: "12 / 34",
  cardCvc: "123",
  billingName: "Bill Billing",
};

describe("validateCardForm", () => {
  it("accepts a complete form and reads the card", () => {
    expect(validateCardForm(good, true, now)).toEqual({
      ok: true,
      card: {
        number: "4242424242424242",
        brand: "visa",
        expMonth: 12,
        expYear: 2034,
        name: "Bill Billing",
        email: "buyer@example.test",
      },
    });
  });

  it("names each wrong field with Stripe's wording", () => {
    const result = validateCardForm(
      {
        email: "nope",
        cardNumber: "4242 4242 4242 4241",
        cardExpiry: "10/26",
        cardCvc: "1",
        billingName: "",
      },
      true,
      now,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        email: "Your email address is invalid.",
        cardNumber: "Your card number is invalid.",
        cardExpiry: "Your card's expiration year is in the past.",
        cardCvc: "Your card's security code is incomplete.",
        billingName: "Required",
      },
    });
  });

  it("accepts this month as expiry and does not ask for an email it already has", () => {
    const result = validateCardForm({ ...good, email: "", cardExpiry: "11/26" }, false, now);
    expect(result.ok).toBe(true);
  });
});
