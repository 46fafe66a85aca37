"use client";

import type { PayPalCheckoutProps } from "./paypal-checkout-types";

/**
 * Placeholder until the PayPal buttons land (the PayPal helper replaces this file): renders
 * nothing, so pages can already place it.
 */
export function PayPalCheckout(props: PayPalCheckoutProps) {
  void props;
  return null;
}
