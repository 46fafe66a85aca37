import { expect, type Page } from "@playwright/test";

/**
 * The PayPal part of "Confirm your order" on a real portal page: our "future payments" checkbox,
 * PayPal's buttons ("PayPal", "Debit or Credit Card") drawn by the JS SDK, and the PayPal window
 * the SDK opens (the stack's stand-in: a dialog with a framed login / approval / guest card form).
 */
export class PayPalCheckoutPage {
  constructor(private readonly page: Page) {}

  /** "I'd like to use PayPal for future payments to {hoster}" (our page, above the buttons). */
  saveCheckbox(hoster: string) {
    return this.page.getByRole("checkbox", {
      name: `I'd like to use PayPal for future payments to ${hoster}`,
    });
  }
  get paypalButton() {
    return this.page.getByRole("button", { name: "PayPal", exact: true });
  }
  get cardButton() {
    return this.page.getByRole("button", { name: "Debit or Credit Card" });
  }
  get dialog() {
    return this.page.getByRole("dialog", { name: "PayPal checkout" });
  }
  private get window() {
    return this.page.frameLocator('iframe[title="PayPal checkout"]');
  }

  /** Logs a sandbox buyer in and presses "Pay Now" (approves the order). */
  async logInAndApprove(buyer: { email: string; password: string }, expectSaveNotice?: boolean) {
    await this.window.getByLabel("Email").fill(buyer.email);
    await this.window.getByLabel("Password").fill(buyer.password);
    await this.window.getByRole("button", { name: "Log In" }).click();
    await expect(this.window.getByText(`Logged in as ${buyer.email}`)).toBeVisible();
    if (expectSaveNotice !== undefined) {
      // PayPal tells the buyer the account will be saved only when our page asked for it.
      await expect(this.window.getByText("save PayPal as a payment method")).toHaveCount(
        expectSaveNotice ? 1 : 0,
      );
    }
    await this.window.getByRole("button", { name: "Pay Now" }).click();
  }

  /** "Cancel and return to merchant" in the PayPal window. */
  async cancelInWindow() {
    await this.window.getByRole("button", { name: "Cancel and return to merchant" }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** "Buy as a guest": billing information, then the card, then "Pay Now". */
  async payAsGuest(card = "4242 4242 4242 4242") {
    await expect(this.window.getByRole("heading", { name: "Buy as a guest" })).toBeVisible();
    await this.window.getByLabel("First name").fill("Pia");
    await this.window.getByLabel("Last name").fill("Paypal");
    await this.window.getByLabel("Email").fill("pia.guest@example.test");
    await this.window.getByLabel("Street address").fill("12 rue de Rivoli");
    await this.window.getByLabel("City").fill("Paris");
    await this.window.getByLabel("Postal code").fill("75001");
    await this.window.getByLabel("Country").selectOption("FR");
    const details = this.window.getByRole("group", { name: "Card details" });
    await details.getByLabel("Card number").fill(card);
    await details.getByLabel("Expires (MM/YY)").fill("12/30");
    await details.getByLabel("Security code").fill("123");
    await this.window.getByRole("button", { name: "Pay Now" }).click();
  }
}
