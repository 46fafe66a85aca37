import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { SANDBOX_URL } from "../playwright.config";
import { expectNoCharge, expectOneCharge } from "./fixtures/stripe-checks";
import { demoUsers, expect, test } from "./fixtures/test";
import { InvoicesPage } from "./pages/invoices-page";
import { PaymentFlowPage, PaymentStatusPage, RefillPage } from "./pages/refill-page";
import { StripeCheckoutPage, TEST_CARDS } from "./pages/stripe-checkout-page";
import { UpgradePage } from "./pages/upgrade-page";

/**
 * Card payments end to end: the portal, the sandbox's hosted Stripe page and 3-D Secure page, the
 * saga behind them. upgrade-card@demo.test (reserved for this file) is upgraded by card first, then
 * refills as the billing account it became; each refill checks what the customer sees and what an
 * operator would check (Stripe's PaymentIntents for the attempt, the WHMCS invoice, the inbox).
 */
const WCAG = ["wcag2a", "wcag2aa", "wcag22aa"];
const user = demoUsers.upgradeCard;

async function expectAccessible(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual(
    [],
  );
}

/** The invoice of an attempt, as "View invoices" lists it. */
async function expectInvoiceStatus(page: Page, invoice: string | null, status: string) {
  const number = /\d+/.exec(invoice ?? "")?.[0] ?? "none";
  await page.goto("/invoices");
  await expect(new InvoicesPage(page).row(new RegExp(`\\b${number}\\b`))).toContainText(status);
}

/** A refill by a new card up to the hosted page: amount, "New card", Submit, Pay. */
async function refillToHostedPage(page: Page, amount: string, options: { save?: boolean } = {}) {
  const refill = new RefillPage(page);
  await refill.goto();
  await refill.order(amount, "New card");
  const summary = await refill.readOrderSummary();
  if (options.save) await refill.saveCardCheckbox.check();
  await refill.pay();
  await page.waitForURL(`${SANDBOX_URL}/c/pay/**`);
  await new StripeCheckoutPage(page).waitFor(summary.total ?? "");
  return summary;
}

test.describe.serial("card payments of one customer: upgrade, then refills", () => {
  test.beforeEach(async ({ loginPage }) => {
    await loginPage.signInAndWait(user.email, user.password);
  });

  test("upgrade by card with 3-D Secure: WHMCS's net + VAT, the bank's page, Done only once our records say so", async ({
    page,
    sandbox,
  }) => {
    // Includes waiting for the job queue's retry after WHMCS is back (5 s, 10 s … backoff).
    test.setTimeout(90_000);
    const upgrade = new UpgradePage(page);
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await nav.getByRole("button", { name: "Balance" }).click();
    await nav.getByRole("link", { name: "Upgrade trial account" }).click();
    await expect(upgrade.currentStep).toContainText("Billing details");
    await upgrade.fillDetails({
      firstName: "Cara",
      lastName: "Card",
      address: "Torstraße 5",
      city: "Berlin",
      state: "Berlin",
      postcode: "10119",
      country: "Germany",
      phone: "+49 30 5550111",
    });
    await upgrade.terms.check();
    await upgrade.submit.click();
    await expect(upgrade.outcome).toHaveText(
      "We created a billing account; we emailed you the sign-in details.",
    );

    // The amount by the slider, as the hoster manual describes it: $10.00, then three $5 steps.
    const flow = new PaymentFlowPage(page);
    await flow.slider.focus();
    await page.keyboard.press("Home");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await expect(flow.amountInput).toHaveValue("25.00");
    await flow.chooseMethod("New card");
    await flow.submitOrder();
    const summary = await flow.readOrderSummary();
    expect(summary).toMatchObject({ net: "$25.00", vat: "$4.75", total: "$29.75" });
    expect(summary.invoice).toMatch(/^Invoice \d+$/);
    await expect(
      page.getByText("You will enter your card details on the next page."),
    ).toBeVisible();
    await expect(flow.saveCardCheckbox).not.toBeChecked();
    await expectAccessible(page);

    // WHMCS cannot record the payment for now: the return page must wait rather than claim success.
    await sandbox.fault({ service: "whmcs", action: "AddInvoicePayment", status: 500 });
    await flow.pay();
    await page.waitForURL(`${SANDBOX_URL}/c/pay/**`);
    const stripe = new StripeCheckoutPage(page);
    await stripe.waitFor("$29.75");
    await stripe.payWith(TEST_CARDS.threeDSecure, "$29.75");
    await expect(page.getByText("card ending in 3155")).toBeVisible();
    await stripe.authenticate();

    await expect(page).toHaveURL(new RegExp(`/billing/payments/${summary.paymentId}$`));
    const status = new PaymentStatusPage(page);
    await status.waitFor("Processing your payment…");
    await page.waitForTimeout(2_000); // more than one poll: still not claimed
    await expect(status.title).toHaveText("Processing your payment…");
    await expect(status.newBalance).toHaveCount(0);
    await expectAccessible(page);

    await sandbox.clearFaults();
    await status.waitFor("Done", 40_000);
    await expect(page.getByText("Your account has been upgraded and funded.")).toBeVisible();
    await expect(status.total()).toHaveText("$29.75");
    await expect(page.getByTestId("order-net")).toHaveText("$25.00");
    await expect(page.getByTestId("order-vat")).toHaveText("$4.75");
    await expect(status.newBalance).toHaveText("New balance: $25.00");
    await expectOneCharge(sandbox, summary.paymentId ?? "", 2_975);
    // The shell was drawn while the account was still a trial: now it offers "Refill balance".
    await nav.getByRole("button", { name: "Balance" }).click();
    await expect(nav.getByRole("link", { name: "Refill balance" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Upgrade trial account" })).toHaveCount(0);
    await page.keyboard.press("Escape");

    await page.getByRole("link", { name: "Back to the dashboard" }).click();
    await expect(page.getByTestId("account-group")).toHaveText("Billing");
    await expect(page.getByTestId("main-balance")).toHaveText("$25.00");
    await expect(page.getByTestId("bonus-balance")).toHaveText("$5.00");
    await expectInvoiceStatus(page, summary.invoice, "Paid");

    await expect
      .poll(async () => (await sandbox.emails(user.email)).map((m) => m.subject))
      .toEqual([
        expect.stringMatching(/account has been upgraded$/),
        expect.stringMatching(/billing account$/),
      ]);
    const [upgraded, created] = await sandbox.emails(user.email);
    expect(created?.text).toContain(`Login: ${user.email}`);
    expect(created?.text).toMatch(/Password: \S{20}/);
    expect(upgraded?.text).toContain("$25.00");
  });

  test("back to the merchant on Stripe's page: cancelled, nothing charged, the amount kept", async ({
    page,
    sandbox,
  }) => {
    const summary = await refillToHostedPage(page, "12.00");
    await new StripeCheckoutPage(page).backToMerchant();
    const refill = new RefillPage(page);
    await expect(page).toHaveURL(new RegExp(`/billing/refill\\?payment=${summary.paymentId}$`));
    await expect(refill.previousAttempt).toContainText(
      "You cancelled the payment. Nothing was charged.",
    );
    await expect(refill.amountInput).toHaveValue("12.00");
    await expect(refill.method("New card")).toBeChecked();
    // Never typed a card: Stripe has no PaymentIntent for it; WHMCS's order is cancelled.
    expect(await sandbox.stripePaymentIntentsFor(summary.paymentId ?? "")).toEqual([]);
    await expectInvoiceStatus(page, summary.invoice, "Cancelled");
  });

  for (const { card, amount, stripeSays, portalSays } of [
    {
      card: TEST_CARDS.declined,
      amount: "13.00",
      stripeSays: "Your card was declined. Try a different card.",
      portalSays: "Your card was declined. Please use another card or payment method.",
    },
    {
      card: TEST_CARDS.insufficientFunds,
      amount: "14.00",
      stripeSays: "Your card has insufficient funds. Try a different card.",
      portalSays: "Your card has insufficient funds. Please use another card or payment method.",
    },
  ]) {
    test(`a refused card (${card}) and back: the reason, the amount kept, nothing charged`, async ({
      page,
      sandbox,
    }) => {
      const summary = await refillToHostedPage(page, amount);
      const stripe = new StripeCheckoutPage(page);
      await stripe.payWith(card, summary.total ?? "");
      await expect(stripe.alert).toHaveText(stripeSays);
      await stripe.backToMerchant();

      const refill = new RefillPage(page);
      await expect(page).toHaveURL(new RegExp(`/billing/refill\\?payment=${summary.paymentId}$`));
      await expect(refill.previousAttempt).toContainText(portalSays);
      await expect(refill.amountInput).toHaveValue(amount);
      await expect(refill.method("New card")).toBeChecked();
      await expectAccessible(page);
      await expectNoCharge(sandbox, summary.paymentId ?? "");
      await expectInvoiceStatus(page, summary.invoice, "Cancelled");
    });
  }

  test("3-D Secure with a wrong password fails at the bank; back in the portal, the reason and the amount", async ({
    page,
    sandbox,
  }) => {
    const summary = await refillToHostedPage(page, "15.00");
    const stripe = new StripeCheckoutPage(page);
    await stripe.payWith(TEST_CARDS.threeDSecureAlways, summary.total ?? "");
    await stripe.authenticate("not-my-password");
    await expect(stripe.alert).toContainText("We are unable to authenticate your payment method.");
    await stripe.backToMerchant();

    const refill = new RefillPage(page);
    await expect(refill.previousAttempt).toContainText(
      "3-D Secure authentication failed, so your card was not charged. Please try again.",
    );
    await expect(refill.amountInput).toHaveValue("15.00");
    await expectNoCharge(sandbox, summary.paymentId ?? "");
  });

  test("a new card saved with consent: Done, listed under Payment methods as the default, refill email", async ({
    page,
    sandbox,
  }) => {
    await sandbox.setPlatformBalance(user.email, 2_500);
    const summary = await refillToHostedPage(page, "20.00", { save: true });
    expect(summary).toMatchObject({ net: "$20.00", vat: "$3.80", total: "$23.80" });
    const stripe = new StripeCheckoutPage(page);
    await expect(page.getByText(/allow .* to charge your card for future payments/)).toBeVisible();
    await stripe.payWith(TEST_CARDS.visa, "$23.80");

    const status = new PaymentStatusPage(page);
    await status.waitFor("Done");
    await expect(page.getByText("Your balance has been refilled.")).toBeVisible();
    await expect(status.newBalance).toHaveText("New balance: $45.00");
    await expectOneCharge(sandbox, summary.paymentId ?? "", 2_380);

    await page.goto("/billing/payment-methods");
    const methods = page.getByTestId("payment-method");
    await expect(methods).toHaveCount(1);
    await expect(methods.first()).toContainText("Visa •••• 4242");
    await expect(methods.first()).toContainText("Expires 12/2034");
    await expect(methods.first()).toContainText("Default");

    await expect
      .poll(async () => (await sandbox.emails(user.email))[0]?.subject)
      .toMatch(/balance was refilled with \$20\.00$/);
  });

  test("the saved card pays after a confirmation only; a double click charges once", async ({
    page,
    sandbox,
    browser,
  }) => {
    await sandbox.setPlatformBalance(user.email, 4_500);
    const visited: string[] = [];
    page.on("framenavigated", (frame) => visited.push(frame.url()));
    const refill = new RefillPage(page);
    await refill.goto();
    // The default saved card is preselected.
    await expect(refill.method(/^Visa •••• 4242, expires 12\/2034/)).toBeChecked();
    await refill.chooseAmount("10.00");
    await refill.submitOrder();
    const summary = await refill.readOrderSummary();
    expect(summary).toMatchObject({ net: "$10.00", vat: "$1.90", total: "$11.90" });
    await expect(page.getByText("You won't need to enter card details again.")).toBeVisible();
    await expect(refill.saveCardCheckbox).toHaveCount(0);
    await expectAccessible(page);

    await refill.payButton.dblclick();
    const status = new PaymentStatusPage(page);
    await status.waitFor("Done");
    await expect(status.newBalance).toHaveText("New balance: $55.00");
    expect(visited.filter((url) => url.startsWith(SANDBOX_URL))).toEqual([]);
    await expectOneCharge(sandbox, summary.paymentId ?? "", 1_190);

    // Another account cannot see this attempt: the return page is a 404 for them.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    const { LoginPage } = await import("./pages/login-page");
    await new LoginPage(otherPage).signInAndWait(demoUsers.trial.email, demoUsers.trial.password);
    await otherPage.goto(`/billing/payments/${summary.paymentId}`);
    await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await other.close();
  });

  test("a saved card whose bank asks for 3-D Secure: the bank's page, then Done", async ({
    page,
    sandbox,
  }) => {
    await sandbox.setPlatformBalance(user.email, 5_500);
    const first = await refillToHostedPage(page, "10.00", { save: true });
    const stripe = new StripeCheckoutPage(page);
    await stripe.payWith(TEST_CARDS.threeDSecureAlways, "$11.90");
    await stripe.authenticate();
    const status = new PaymentStatusPage(page);
    await status.waitFor("Done");
    await expect(status.newBalance).toHaveText("New balance: $65.00");
    await expectOneCharge(sandbox, first.paymentId ?? "", 1_190);

    const refill = new RefillPage(page);
    await refill.goto();
    await refill.order("10.00", /^Visa •••• 3184, expires 12\/2034/);
    const second = await refill.readOrderSummary();
    await refill.pay();
    await expect(stripe.authenticationHeading).toBeVisible();
    await expect(page.getByText("card ending in 3184")).toBeVisible();
    await stripe.authenticate();
    await expect(page).toHaveURL(new RegExp(`/billing/payments/${second.paymentId}(\\?|$)`));
    await status.waitFor("Done");
    await expect(status.newBalance).toHaveText("New balance: $75.00");
    await expectOneCharge(sandbox, second.paymentId ?? "", 1_190);
  });
});
