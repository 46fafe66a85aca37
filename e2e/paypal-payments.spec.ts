import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { paypalBuyers } from "../sandbox/seed-data/paypal-buyers";
import { demoUsers, expect, test } from "./fixtures/test";
import type { SandboxControl } from "./fixtures/sandbox";
import type { LoginPage } from "./pages/login-page";
import { PayPalCheckoutPage } from "./pages/paypal-window";
import { PaymentFlowPage, PaymentStatusPage, RefillPage } from "./pages/refill-page";
import { UpgradePage } from "./pages/upgrade-page";

/**
 * PayPal end to end on the real portal pages: @paypal/react-paypal-js loads the stack's stand-in
 * PayPal SDK under the portal's CSP, the buyer approves in PayPal's window, and the saga captures
 * on the server. One reserved trial account (upgrade-paypal@, French: 20 % VAT) is upgraded by
 * PayPal and then refills as a billing account, so the steps run in order.
 */
const USER = demoUsers.upgradePaypal;
const HOSTER = "Demo Cloud";
const WCAG = ["wcag2a", "wcag2aa", "wcag22aa"];

/** axe on our page; `exclude` leaves out PayPal's own window (the sandbox's stand-in). */
async function expectAccessible(page: Page, exclude?: string) {
  const builder = new AxeBuilder({ page }).withTags(WCAG);
  const axe = await (exclude ? builder.exclude(exclude) : builder).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual(
    [],
  );
}

/** Content-Security-Policy reports in the console: the PayPal SDK must run without any. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  return violations;
}

async function subjects(sandbox: SandboxControl): Promise<string[]> {
  return (await sandbox.emails(USER.email)).map((mail) => mail.subject);
}

const count = (list: string[], pattern: RegExp) => list.filter((s) => pattern.test(s)).length;

async function signIn(page: Page, loginPage: LoginPage) {
  await loginPage.signInAndWait(USER.email, USER.password);
  return watchCsp(page);
}

/** Refill: amount and method, then "Submit Payment"; answers WHMCS's figures and the attempt. */
async function quoteRefill(refill: RefillPage, amount: string, method: string | RegExp) {
  await refill.goto();
  await refill.order(amount, method);
  return refill.readOrderSummary();
}

test.describe.serial("PayPal: upgrade, then refills as the new billing account", () => {
  test("upgrade by PayPal with “future payments” ticked: Done, emails, saved account, dashboard", async ({
    page,
    loginPage,
    sandbox,
  }) => {
    const csp = await signIn(page, loginPage);
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await nav.getByRole("button", { name: "Balance" }).click();
    await nav.getByRole("link", { name: "Upgrade trial account" }).click();

    const upgrade = new UpgradePage(page);
    await expect(upgrade.heading).toHaveText("Upgrade trial account");
    await upgrade.fillDetails({
      firstName: "Pia",
      lastName: "Paypal",
      address: "12 rue de Rivoli",
      city: "Paris",
      state: "Île-de-France",
      postcode: "75001",
      country: "France",
      phone: "+33 1 23 45 67 89",
    });
    await upgrade.terms.check();
    await upgrade.submit.click();
    await expect(upgrade.outcome).toHaveText(
      "We created a billing account; we emailed you the sign-in details.",
    );

    const flow = new PaymentFlowPage(page);
    await flow.order("25.00", "PayPal");
    const summary = await flow.readOrderSummary();
    expect(summary).toMatchObject({ net: "$25.00", vat: "$5.00", total: "$30.00" });
    expect(summary.invoice).toMatch(/^Invoice \d+$/);
    // No "Pay" button of ours: PayPal's own buttons take the payment.
    await expect(flow.payButton).toHaveCount(0);

    const paypal = new PayPalCheckoutPage(page);
    const save = paypal.saveCheckbox(HOSTER);
    await expect(paypal.paypalButton).toBeVisible();
    await expect(paypal.cardButton).toBeVisible();
    await expect(save).not.toBeChecked();
    await expect(save).toHaveAccessibleDescription(/Needed for auto-refill/);
    await expectAccessible(page);
    await save.check();

    await paypal.paypalButton.click();
    await expect(paypal.dialog).toBeVisible();
    await paypal.logInAndApprove(paypalBuyers.buyer, true);

    const status = new PaymentStatusPage(page);
    await expect(page).toHaveURL(new RegExp(`/billing/payments/${summary.paymentId}$`));
    await status.waitFor("Done");
    await expect(page.getByText("Your account has been upgraded and funded.")).toBeVisible();
    await expect(page.getByTestId("order-net")).toHaveText("$25.00");
    await expect(page.getByTestId("order-vat")).toHaveText("$5.00");
    await expect(status.total()).toHaveText("$30.00");
    await expect(status.newBalance).toHaveText("New balance: $25.00");
    await expectAccessible(page);
    expect(await sandbox.paypalCaptures(summary.paymentId!)).toEqual([
      { eventType: "PAYMENT.CAPTURE.COMPLETED", status: "COMPLETED", value: "30.00" },
    ]);

    // Inbox: the billing account's sign-in details, then the upgrade.
    await expect.poll(() => subjects(sandbox)).toHaveLength(2);
    const mails = await sandbox.emails(USER.email);
    const created = mails.find((m) => m.subject === `Your ${HOSTER} billing account`);
    expect(created?.text).toContain(`Login: ${USER.email}`);
    expect(created?.text).toMatch(/Password: \S{20}/);
    expect(mails.map((m) => m.subject)).toContain(`Your ${HOSTER} account has been upgraded`);

    // "Payment methods": the PayPal account, saved with the opt-in, is the default.
    await page.goto("/billing/payment-methods");
    const methods = page.getByTestId("payment-method");
    await expect(methods).toHaveCount(1);
    await expect(methods.first()).toContainText("PayPal");
    await expect(methods.first()).toContainText(paypalBuyers.buyer.email);
    await expect(methods.first()).toContainText("Default");

    await page.goto("/");
    await expect(page.getByTestId("account-group")).toHaveText("Billing");
    await expect(page.getByTestId("main-balance")).toHaveText("$25.00");
    expect(csp).toEqual([]);
  });

  test("refill as a guest (“Debit or Credit Card”): the box is disabled with the reason, nothing is saved", async ({
    page,
    loginPage,
    sandbox,
  }) => {
    const csp = await signIn(page, loginPage);
    const refill = new RefillPage(page);
    await refill.goto();
    // The saved PayPal account is the default, so it comes preselected.
    await expect(refill.method(`PayPal ${paypalBuyers.buyer.email}`)).toBeChecked();
    const summary = await quoteRefill(refill, "15.00", "PayPal");
    expect(summary).toMatchObject({ net: "$15.00", vat: "$3.00", total: "$18.00" });

    const paypal = new PayPalCheckoutPage(page);
    const save = paypal.saveCheckbox(HOSTER);
    await save.check();
    await paypal.cardButton.click();
    await expect(save).toBeDisabled();
    await expect(save).not.toBeChecked();
    await expect(save).toHaveAccessibleDescription(
      /^Auto-refill is not available for guest payments/,
    );
    await expect(page.getByText("Auto-refill is not available for guest payments")).toBeVisible();
    await expectAccessible(page, '[role="dialog"]');
    await paypal.payAsGuest();

    const status = new PaymentStatusPage(page);
    await status.waitFor("Done");
    await expect(page.getByText("Your balance has been refilled.")).toBeVisible();
    await expect(status.total()).toHaveText("$18.00");
    await expect(status.newBalance).toHaveText("New balance: $40.00");
    expect(await sandbox.paypalCaptures(summary.paymentId!)).toHaveLength(1);
    await expect
      .poll(async () => count(await subjects(sandbox), /balance was refilled with \$15\.00$/))
      .toBe(1);

    await page.goto("/billing/payment-methods");
    await expect(page.getByTestId("payment-method")).toHaveCount(1);
    expect(csp).toEqual([]);
  });

  test("cancel in the PayPal window: back on the refill page, nothing charged, amount kept; the retry charges once", async ({
    page,
    loginPage,
    sandbox,
  }) => {
    await signIn(page, loginPage);
    const refill = new RefillPage(page);
    const cancelled = await quoteRefill(refill, "12.00", "PayPal");
    expect(cancelled.total).toBe("$14.40");
    const paypal = new PayPalCheckoutPage(page);
    await paypal.paypalButton.click();
    await expect(paypal.dialog).toBeVisible();
    await paypal.cancelInWindow();

    await expect(refill.errorSummary).toBeFocused();
    await expect(refill.errorSummary).toContainText(
      "You cancelled the payment. Nothing was charged.",
    );
    await expect(refill.amountInput).toHaveValue("12.00");
    await expect(refill.method("PayPal")).toBeChecked();
    await expectAccessible(page);

    // The retry is a new attempt (a new WHMCS invoice) and PayPal charges it once.
    await refill.submitOrder();
    const retry = await refill.readOrderSummary();
    expect(retry.paymentId).not.toBe(cancelled.paymentId);
    expect(retry.total).toBe("$14.40");
    await paypal.paypalButton.click();
    await paypal.logInAndApprove(paypalBuyers.buyer, false);
    const status = new PaymentStatusPage(page);
    await status.waitFor("Done");
    await expect(status.newBalance).toHaveText("New balance: $52.00");
    expect(await sandbox.paypalCaptures(cancelled.paymentId!)).toEqual([]);
    expect(await sandbox.paypalCaptures(retry.paymentId!)).toHaveLength(1);

    // The cancelled attempt reads as cancelled, and the customer's own cancel sends no email.
    await page.goto(`/billing/payments/${cancelled.paymentId}`);
    await status.waitFor("Payment cancelled");
    await expect
      .poll(async () => count(await subjects(sandbox), /balance was refilled with \$12\.00$/))
      .toBe(1);
    expect(count(await subjects(sandbox), /did not go through/)).toBe(0);
  });

  test("PayPal declines: the plain reason, the amount kept, the WHMCS invoice not paid", async ({
    page,
    loginPage,
    sandbox,
  }) => {
    await signIn(page, loginPage);
    const refill = new RefillPage(page);
    const summary = await quoteRefill(refill, "20.00", "PayPal");
    expect(summary.total).toBe("$24.00");
    const paypal = new PayPalCheckoutPage(page);
    await paypal.paypalButton.click();
    await paypal.logInAndApprove(paypalBuyers.declined, false);

    const status = new PaymentStatusPage(page);
    await status.waitFor("Payment failed");
    const reason = "PayPal declined the payment. Please use another payment method.";
    await expect(status.failure).toHaveText(reason);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Try again" }).click();
    await expect(page).toHaveURL(new RegExp(`/billing/refill\\?payment=${summary.paymentId}$`));
    await expect(refill.previousAttempt).toContainText(reason);
    await expect(refill.amountInput).toHaveValue("20.00");
    await expect(refill.method("PayPal")).toBeChecked();

    expect(await sandbox.paypalCaptures(summary.paymentId!)).toEqual([
      { eventType: "PAYMENT.CAPTURE.DENIED", status: "DECLINED", value: "24.00" },
    ]);
    const invoice = summary.invoice!.replace("Invoice ", "");
    await page.goto(`/invoices/${invoice}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(invoice);
    await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
    await expect(page.getByText("Paid", { exact: true })).toHaveCount(0);
    await page.goto("/");
    await expect(page.getByTestId("main-balance")).toHaveText("$52.00");
    // A refusal by PayPal is told by email, once.
    await expect
      .poll(async () => count(await subjects(sandbox), /payment of \$24\.00 did not go through/))
      .toBe(1);
  });

  test("refill with the saved PayPal account: charged on the server, no PayPal window", async ({
    page,
    loginPage,
    sandbox,
  }) => {
    await signIn(page, loginPage);
    const refill = new RefillPage(page);
    const saved = `PayPal ${paypalBuyers.buyer.email}`;
    const summary = await quoteRefill(refill, "10.00", saved);
    expect(summary).toMatchObject({ net: "$10.00", vat: "$2.00", total: "$12.00" });
    await expect(
      page.getByText(`Your saved PayPal account ${paypalBuyers.buyer.email} will be charged.`),
    ).toBeVisible();
    const paypal = new PayPalCheckoutPage(page);
    await expect(paypal.paypalButton).toHaveCount(0);
    await refill.pay();

    await expect(page).toHaveURL(new RegExp(`/billing/payments/${summary.paymentId}$`));
    const status = new PaymentStatusPage(page);
    await status.waitFor("Done");
    await expect(status.newBalance).toHaveText("New balance: $62.00");
    await expect(paypal.dialog).toHaveCount(0);
    expect(await sandbox.paypalCaptures(summary.paymentId!)).toEqual([
      { eventType: "PAYMENT.CAPTURE.COMPLETED", status: "COMPLETED", value: "12.00" },
    ]);
    await expect
      .poll(async () => count(await subjects(sandbox), /balance was refilled with \$10\.00$/))
      .toBe(1);
  });

  test("a card saved by a Stripe refill becomes the default; the refill form preselects it", async ({
    page,
    loginPage,
  }) => {
    await signIn(page, loginPage);
    const refill = new RefillPage(page);
    await quoteRefill(refill, "10.00", "New card");
    await refill.saveCardCheckbox.check();
    await refill.pay();
    // Stripe's hosted page (the stack's stand-in).
    await page.getByLabel("Card number").fill("4242 4242 4242 4242");
    await page.getByLabel("Expiration date (MM / YY)").fill("12 / 34");
    await page.getByLabel("Security code (CVC)").fill("123");
    await page.getByLabel("Cardholder name").fill("Pia Paypal");
    await page.getByRole("button", { name: "Pay $12.00" }).click();
    const status = new PaymentStatusPage(page);
    await status.waitFor("Done");
    await expect(status.newBalance).toHaveText("New balance: $72.00");

    await page.goto("/billing/payment-methods");
    const methods = page.getByTestId("payment-method");
    await expect(methods).toHaveCount(2);
    await expect(methods.filter({ hasText: paypalBuyers.buyer.email })).toContainText("Default");
    await expect(methods.filter({ hasText: "Visa •••• 4242" })).not.toContainText("Default");
    await page.getByRole("button", { name: "Make default: Visa ending in 4242" }).click();
    await expect(page.getByRole("status").filter({ hasText: "is now your default" })).toHaveText(
      "Visa ending in 4242 is now your default payment method.",
    );

    await refill.goto();
    const visa = refill.method(/^Visa •••• 4242/);
    await expect(visa).toBeChecked();
    await expect(visa).toHaveAccessibleDescription("(default)");
    await expect(refill.method(`PayPal ${paypalBuyers.buyer.email}`)).not.toBeChecked();

    // Removing the default asks for the new one first (the rest is e2e/payment-methods.spec.ts).
    await page.goto("/billing/payment-methods");
    await page.getByRole("button", { name: "Remove Visa ending in 4242" }).click();
    const question = page.getByRole("group", { name: /Visa ending in 4242 is your default/ });
    await expect(
      question
        .getByRole("group", { name: "New default payment method" })
        .getByRole("radio", { name: `PayPal account ${paypalBuyers.buyer.email}` }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(methods).toHaveCount(2);
  });

  test("emails: one “refilled” per successful refill, “payment failed” only for PayPal's refusal", async ({
    sandbox,
  }) => {
    const all = await subjects(sandbox);
    expect(count(all, /billing account$/)).toBe(1);
    expect(count(all, /account has been upgraded$/)).toBe(1);
    expect(count(all, /balance was refilled with/)).toBe(4);
    expect(count(all, /did not go through/)).toBe(1);
  });
});
