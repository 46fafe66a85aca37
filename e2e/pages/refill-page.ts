import { expect, type Locator, type Page } from "@playwright/test";

/**
 * The payment flow as a customer uses it (refill, upgrade, invoice: the same component), by role
 * and label. Card and PayPal tests reuse it: chooseAmount → chooseMethod → submitOrder →
 * readOrderSummary → pay (or back), then PaymentStatusPage on the return page.
 */
export class PaymentFlowPage {
  constructor(readonly page: Page) {}

  get slider() {
    return this.page.getByRole("slider", { name: "Amount" });
  }
  get amountInput() {
    return this.page.getByLabel(/^Amount \([A-Z]{3}\)$/);
  }
  get submitButton() {
    return this.page.getByRole("button", { name: "Submit Payment" });
  }
  get errorSummary() {
    return this.page.getByTestId("payment-errors");
  }
  get confirmHeading() {
    return this.page.getByRole("heading", { name: "Confirm your order" });
  }
  get confirmation() {
    return this.page.locator("section[data-payment-id]");
  }
  get payButton() {
    return this.page.getByRole("button", { name: /^Pay / });
  }
  get backButton() {
    return this.page.getByRole("button", { name: "Back" });
  }
  get saveCardCheckbox() {
    return this.page.getByRole("checkbox", {
      name: "Save this card for future payments and auto-refill",
    });
  }
  /** The reason a previous attempt ended (`?payment=ID` after a cancel or decline). */
  get previousAttempt() {
    return this.page.getByTestId("previous-attempt");
  }
  method(name: string | RegExp): Locator {
    return this.page.getByRole("radio", { name, exact: typeof name === "string" });
  }

  /** Types an amount ("25.00") into the amount field, as a customer would. */
  async chooseAmount(text: string) {
    await this.amountInput.fill(text);
  }

  /** "WHMCS credit", "New card", "PayPal", or a saved method like /Visa •••• 4242/. */
  async chooseMethod(name: string | RegExp) {
    await this.method(name).check();
  }

  /** Amount and method, then "Submit Payment": the usual way to the confirmation step. */
  async order(amount: string, method: string | RegExp) {
    await this.chooseAmount(amount);
    await this.chooseMethod(method);
    await this.submitOrder();
  }

  /** "Submit Payment": WHMCS prepares the order; waits for "Confirm your order". */
  async submitOrder() {
    await this.submitButton.click();
    await expect(this.confirmHeading).toBeFocused();
  }

  /** Net, VAT and total as shown (WHMCS's figures), the invoice number, and the attempt's id. */
  async readOrderSummary() {
    const text = async (testId: string) => {
      const cell = this.page.getByTestId(testId);
      return (await cell.count()) > 0 ? ((await cell.textContent()) ?? "").trim() : null;
    };
    return {
      net: await text("order-net"),
      vat: await text("order-vat"),
      total: await text("order-total"),
      invoice: await text("order-invoice"),
      paymentId: await this.confirmation.getAttribute("data-payment-id"),
    };
  }

  /** "Pay …" on the confirmation step (not PayPal, whose buttons are their own). */
  async pay() {
    await this.payButton.click();
  }

  async back() {
    await this.backButton.click();
  }
}

/** "Refill balance": opened through Balance → Refill balance, or directly. */
export class RefillPage extends PaymentFlowPage {
  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Refill balance" });
  }

  async openFromMenu() {
    const nav = this.page.getByRole("navigation", { name: "Main navigation" });
    await nav.getByRole("button", { name: "Balance" }).click();
    await nav.getByRole("link", { name: "Refill balance" }).click();
    await expect(this.heading).toBeVisible();
  }

  async goto(paymentId?: string) {
    await this.page.goto(`/billing/refill${paymentId ? `?payment=${paymentId}` : ""}`);
    await expect(this.heading).toBeVisible();
  }
}

/** The return page: the attempt's live state. */
export class PaymentStatusPage {
  constructor(private readonly page: Page) {}

  get status() {
    return this.page.getByTestId("payment-status");
  }
  get title() {
    return this.page.getByTestId("payment-status-title");
  }
  get failure() {
    return this.page.getByTestId("payment-failure");
  }
  get newBalance() {
    return this.page.getByTestId("new-balance");
  }
  total() {
    return this.page.getByTestId("order-total");
  }

  /** Waits for a final or given state ("Done", "Payment failed", "Authentication needed" …). */
  async waitFor(title: string, timeout = 20_000) {
    await expect(this.title).toHaveText(title, { timeout });
  }
}
