/**
 * The contract between the payment pages (refill, upgrade, invoice) and the PayPal buttons
 * (components/payments/paypal-checkout.tsx). The buttons own the PayPal JS SDK and the
 * "I'd like to use PayPal for future payments to {hoster}" checkbox; the page owns the payment
 * attempt (already quoted and shown to the customer) and the server actions.
 */
import type { Locale } from "@/lib/i18n/locales";

export type PayPalSdkOptions = {
  clientId: string;
  /** The JS SDK's URL (PAYPAL_SDK_URL, e.g. https://www.paypal.com/sdk/js), read at request time. */
  sdkBaseUrl: string;
  currency: string;
  /** The page's CSP nonce (x-nonce), handed to the SDK for its own inline scripts and styles. */
  cspNonce?: string;
};

export type PayPalFundingSource = "paypal" | "card";

export type PayPalCheckoutProps = {
  hosterName: string;
  sdk: PayPalSdkOptions;
  /** Show the "future payments" checkbox (false e.g. when paying a one-off invoice). */
  offerSave: boolean;
  /**
   * The buyer clicked a button: confirm the attempt (confirmPayment with this saveMethod; always
   * false for "card" = "Buy as a guest") and return the PayPal order id (PaymentView.providerRef).
   */
  createOrder(input: { saveMethod: boolean; fundingSource: PayPalFundingSource }): Promise<string>;
  /** PayPal approved: the page asks the server to settle (capture) and shows the return page. */
  onApprove(): Promise<void>;
  /** The buyer closed or cancelled PayPal: the page cancels the attempt and keeps the amount. */
  onCancel(): void;
  /** The SDK or a server action failed: a translated, plain message is shown by the page. */
  onError(): void;
  disabled?: boolean;
  /**
   * The portal language (getLocale()); without it the buttons follow `<html lang>`, which the
   * server-rendered first paint cannot read (English until hydrated).
   */
  locale?: Locale;
};
