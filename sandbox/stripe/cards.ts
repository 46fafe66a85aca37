/**
 * Stripe's test card numbers (docs.stripe.com/testing) and how the sandbox behaves for each. The
 * same numbers work in real Stripe test mode, so a test written here means the same thing there.
 */
export type CardBrand = "visa" | "mastercard" | "amex" | "discover" | "unknown";

export interface CardDecline {
  /** Stripe's error `code` (e.g. `card_declined`, `expired_card`). */
  code: string;
  /** Stripe's `decline_code`, only for `card_declined`. */
  declineCode?: string;
  message: string;
}

export interface CardBehaviour {
  brand: CardBrand;
  /**
   * When the issuer asks for 3-D Secure:
   * - `never`;
   * - `until_setup`: on every payment until the card was authenticated while being saved for
   *   off-session use; after that, off-session (and on-session) payments go through (…3155);
   * - `always`: on every payment, so off-session payments fail with `authentication_required` (…3184).
   */
  threeDSecure: "never" | "until_setup" | "always";
  /** Declined when charged (after a successful authentication, if one was asked for). */
  decline?: CardDecline;
}

const GENERIC_DECLINE: CardDecline = {
  code: "card_declined",
  declineCode: "generic_decline",
  message: "Your card was declined.",
};
const INSUFFICIENT_FUNDS: CardDecline = {
  code: "card_declined",
  declineCode: "insufficient_funds",
  message: "Your card has insufficient funds.",
};

export const testCards: Readonly<Record<string, CardBehaviour>> = {
  "4242424242424242": { brand: "visa", threeDSecure: "never" },
  "4000056655665556": { brand: "visa", threeDSecure: "never" },
  "5555555555554444": { brand: "mastercard", threeDSecure: "never" },
  "378282246310005": { brand: "amex", threeDSecure: "never" },
  "6011111111111117": { brand: "discover", threeDSecure: "never" },
  "4000002500003155": { brand: "visa", threeDSecure: "until_setup" },
  "4000002760003184": { brand: "visa", threeDSecure: "always" },
  "4000008260003178": { brand: "visa", threeDSecure: "always", decline: INSUFFICIENT_FUNDS },
  "4000000000009995": { brand: "visa", threeDSecure: "never", decline: INSUFFICIENT_FUNDS },
  "4000000000000002": { brand: "visa", threeDSecure: "never", decline: GENERIC_DECLINE },
  "4000000000009987": {
    brand: "visa",
    threeDSecure: "never",
    decline: {
      code: "card_declined",
      declineCode: "lost_card",
      message: "Your card was declined.",
    },
  },
  "4000000000000069": {
    brand: "visa",
    threeDSecure: "never",
    decline: { code: "expired_card", message: "Your card has expired." },
  },
  "4000000000000127": {
    brand: "visa",
    threeDSecure: "never",
    decline: { code: "incorrect_cvc", message: "Your card's security code is incorrect." },
  },
  "4000000000000119": {
    brand: "visa",
    threeDSecure: "never",
    decline: {
      code: "processing_error",
      message: "An error occurred while processing your card. Try again in a little bit.",
    },
  },
  // Saving works, every charge is declined ("saved card later declines").
  "4000000000000341": { brand: "visa", threeDSecure: "never", decline: GENERIC_DECLINE },
};

/** Digits only: buyers type spaces and dashes. */
export function normaliseCardNumber(input: string): string {
  return input.replace(/[\s-]/g, "");
}

export function passesLuhn(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * What happens with a number: a known test card behaves as listed; any other valid number is a
 * real card, which test mode declines (as Stripe does); an invalid number is `incorrect_number`.
 */
export function cardBehaviour(number: string): CardBehaviour | { invalid: CardDecline } {
  const digits = normaliseCardNumber(number);
  const known = testCards[digits];
  if (known) return known;
  if (!passesLuhn(digits)) {
    return { invalid: { code: "incorrect_number", message: "Your card number is incorrect." } };
  }
  return {
    brand: brandOf(digits),
    threeDSecure: "never",
    decline: {
      code: "card_declined",
      declineCode: "test_mode_live_card",
      message:
        "Your card was declined. Your request was in test mode, but used a non test card. For a list of valid test cards, visit: https://stripe.com/docs/testing.",
    },
  };
}

export function brandOf(digits: string): CardBrand {
  if (digits.startsWith("4")) return "visa";
  if (/^(5[1-5]|2[2-7])/.test(digits)) return "mastercard";
  if (/^3[47]/.test(digits)) return "amex";
  if (/^6(011|5)/.test(digits)) return "discover";
  return "unknown";
}
