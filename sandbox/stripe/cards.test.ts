import { describe, expect, it } from "vitest";
import { cardBehaviour, passesLuhn, testCards } from "./cards";

describe("test cards", () => {
  it("every listed test number is a valid card number", () => {
    for (const number of Object.keys(testCards)) expect(passesLuhn(number), number).toBe(true);
  });

  it("behaves like Stripe's documented test cards", () => {
    expect(cardBehaviour("4242 4242 4242 4242")).toEqual({ brand: "visa", threeDSecure: "never" });
    expect(cardBehaviour("4000 0025 0000 3155")).toMatchObject({ threeDSecure: "until_setup" });
    expect(cardBehaviour("4000-0027-6000-3184")).toMatchObject({ threeDSecure: "always" });
    expect(cardBehaviour("4000000000009995")).toMatchObject({
      decline: { code: "card_declined", declineCode: "insufficient_funds" },
    });
    expect(cardBehaviour("4000000000000002")).toMatchObject({
      decline: { code: "card_declined", declineCode: "generic_decline" },
    });
    expect(cardBehaviour("5555555555554444")).toMatchObject({ brand: "mastercard" });
  });

  it("declines a real (non-test) card and rejects a mistyped number", () => {
    expect(cardBehaviour("4111111111111111")).toMatchObject({
      decline: { declineCode: "test_mode_live_card" },
    });
    expect(cardBehaviour("4242424242424241")).toEqual({
      invalid: { code: "incorrect_number", message: "Your card number is incorrect." },
    });
  });
});
