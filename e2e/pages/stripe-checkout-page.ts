import { expect, type Page } from "@playwright/test";

/** The sandbox bank's 3-D Secure password (sandbox/README.md); anything else fails. */
export const THREE_D_SECURE_PASSWORD = "Auth-3DS-2026";

/** Stripe's test cards that the sandbox's hosted page honours (sandbox/README.md). */
export const TEST_CARDS = {
  visa: "4242 4242 4242 4242",
  threeDSecure: "4000 0025 0000 3155",
  threeDSecureAlways: "4000 0027 6000 3184",
  declined: "4000 0000 0000 0002",
  insufficientFunds: "4000 0000 0000 9995",
} as const;

/**
 * The sandbox's stand-in for Stripe's hosted Checkout page and the bank's "Purchase
 * Authentication" page, by label and role as a buyer finds them.
 */
export class StripeCheckoutPage {
  constructor(private readonly page: Page) {}

  get amount() {
    return this.page.getByTestId("checkout-amount");
  }
  get alert() {
    return this.page.getByRole("alert");
  }
  get authenticationHeading() {
    return this.page.getByRole("heading", { name: "Purchase Authentication" });
  }
  payButton(total: string) {
    return this.page.getByRole("button", { name: `Pay ${total}` });
  }

  /** Waits until the hosted page asks for `total` (e.g. "$29.75"). */
  async waitFor(total: string) {
    await expect(this.amount).toHaveText(total);
  }

  /** Any future expiry and any CVC do; the name is not checked. */
  async typeCard(number: string, name = "Test Cardholder") {
    await this.page.getByLabel("Card number").fill(number);
    await this.page.getByLabel("Expiration date (MM / YY)").fill("12 / 34");
    await this.page.getByLabel("Security code (CVC)").fill("123");
    await this.page.getByLabel("Cardholder name").fill(name);
  }

  /** Types the card and presses "Pay …". */
  async payWith(number: string, total: string) {
    await this.typeCard(number);
    await this.payButton(total).click();
  }

  /** On "Purchase Authentication": the bank's password (the right one by default). */
  async authenticate(password = THREE_D_SECURE_PASSWORD) {
    await expect(this.authenticationHeading).toBeVisible();
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Complete authentication" }).click();
  }

  /** "← Back to …": Stripe's link to the merchant's cancel URL. */
  async backToMerchant() {
    await this.page.getByRole("link", { name: /^← Back to / }).click();
  }
}
