/**
 * Sandbox PayPal buyer accounts (fixed, not part of the persisted state). Documented in
 * sandbox/README.md and on the sandbox's index page; used by the browser tests.
 */
export interface PaypalBuyer {
  email: string;
  password: string;
  payerId: string;
  givenName: string;
  surname: string;
  /** Approves fine, but every payment from this account is declined (INSTRUMENT_DECLINED). */
  fundingDeclined: boolean;
  describe: string;
}

export const paypalBuyers = {
  buyer: {
    email: "buyer@paypal.test",
    password: "Buyer-paypal-2026",
    payerId: "QYR5Z8XDVJNXQ",
    givenName: "Pat",
    surname: "Payer",
    fundingDeclined: false,
    describe: "PayPal buyer: approves, pays, can be saved for future payments",
  },
  declined: {
    email: "declined@paypal.test",
    password: "Declined-paypal-2026",
    payerId: "DCLN4Z8XDVJNQ",
    givenName: "Dana",
    surname: "Declined",
    fundingDeclined: true,
    describe: "PayPal buyer whose funding is declined at capture (and on saved-account charges)",
  },
} as const satisfies Record<string, PaypalBuyer>;

export type PaypalBuyerKey = keyof typeof paypalBuyers;

export function findBuyer(email: string): [PaypalBuyerKey, PaypalBuyer] | undefined {
  const wanted = email.trim().toLowerCase();
  const entry = Object.entries(paypalBuyers).find(([, b]) => b.email === wanted);
  return entry as [PaypalBuyerKey, PaypalBuyer] | undefined;
}

/** Guest card numbers, Stripe-like: what happens when a guest pays with them. */
export const paypalTestCards: Record<
  string,
  { brand: string; outcome: "approve" | "decline" | "approve_then_decline" }
> = {
  "4242424242424242": { brand: "VISA", outcome: "approve" },
  "5555555555554444": { brand: "MASTER_CARD", outcome: "approve" },
  "4000000000000002": { brand: "VISA", outcome: "decline" },
  "4000000000009995": { brand: "VISA", outcome: "decline" },
  "4000000000000341": { brand: "VISA", outcome: "approve_then_decline" },
};
