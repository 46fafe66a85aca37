/** The PayPal buttons' own strings (components/payments/paypal-checkout.tsx); `paypalCheckout` in en.ts. */
export const paypalCheckoutEn = {
  region: "Pay with PayPal",
  // Wording of the hoster's billing guide (seed/billing-via-whmcs.txt).
  saveLabel: "I'd like to use PayPal for future payments to {hoster}",
  saveHint:
    "Needed for auto-refill. You can remove the saved PayPal account at any time under Payment methods.",
  guestReason: "Auto-refill is not available for guest payments",
  loading: "Loading PayPal…",
  unavailable:
    "PayPal cannot be loaded right now. Please try again later or choose another payment method.",
};

export type PayPalCheckoutMessages = typeof paypalCheckoutEn;
