import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { demoUsers, expect, test } from "./fixtures/test";
import { PaymentFlowPage, PaymentStatusPage, RefillPage } from "./pages/refill-page";

/**
 * Refill balance, the payment flow, the return page, the cancel link, the Balance menu and
 * "Pay invoice", with the methods that work without the card and PayPal providers (WHMCS credit).
 * billing@demo.test: balance $42.50, WHMCS credit $12.00, German client (19 % VAT).
 */
const WCAG = ["wcag2a", "wcag2aa", "wcag22aa"];

async function expectAccessible(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual(
    [],
  );
}

// No sandbox reset: it would restart WHMCS invoice numbers under attempts the portal's database
// still holds. The figures these tests rely on are set instead, and put back afterwards.
test.beforeEach(async ({ sandbox }) => {
  await sandbox.setWhmcsCredit(demoUsers.billing.email, 1_200);
  await sandbox.setPlatformBalance(demoUsers.billing.email, 4_250);
});

test.afterEach(async ({ sandbox }) => {
  await sandbox.setWhmcsCredit(demoUsers.billing.email, 1_200);
  await sandbox.setPlatformBalance(demoUsers.billing.email, 4_250);
});

test("refill from WHMCS credit: WHMCS's net + VAT = total, then the return page reaches Done with the new balance", async ({
  page,
  loginPage,
}) => {
  const refill = new RefillPage(page);
  await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
  await refill.openFromMenu();
  await expect(page.getByText("VAT is added at checkout.")).toBeVisible();
  await expectAccessible(page);

  await refill.chooseAmount("10.00");
  await refill.chooseMethod("WHMCS credit");
  await expect(page.getByText("$12.00 available")).toBeVisible();
  await refill.submitOrder();
  const summary = await refill.readOrderSummary();
  expect(summary).toMatchObject({ net: "$10.00", vat: "$1.90", total: "$11.90" });
  expect(summary.invoice).toMatch(/^Invoice \d+$/);
  await expect(page.getByText("The total is paid from your WHMCS credit")).toBeVisible();
  await expectAccessible(page);

  await refill.pay();
  const status = new PaymentStatusPage(page);
  await expect(page).toHaveURL(new RegExp(`/billing/payments/${summary.paymentId}$`));
  await status.waitFor("Done");
  await expect(page.getByText("Your balance has been refilled.")).toBeVisible();
  await expect(status.total()).toHaveText("$11.90");
  await expect(status.newBalance).toHaveText("New balance: $52.50");
  await expect(page.getByRole("status")).toContainText("Done");
  await expectAccessible(page);

  // The dashboard reads the same platform balance, and tells about the refill.
  await page.getByRole("link", { name: "Back to the dashboard" }).click();
  await expect(page.getByTestId("main-balance")).toHaveText("$52.50");
});

test("the slider works by keyboard and the typed amount is checked", async ({
  page,
  loginPage,
}) => {
  const refill = new RefillPage(page);
  await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
  await refill.goto();

  await refill.slider.focus();
  await page.keyboard.press("Home");
  await expect(refill.slider).toHaveAttribute("aria-valuetext", "$10.00");
  await expect(refill.amountInput).toHaveValue("10.00");
  await page.keyboard.press("ArrowRight");
  await expect(refill.slider).toHaveAttribute("aria-valuetext", "$15.00");
  await page.keyboard.press("PageUp");
  await expect(refill.slider).toHaveAttribute("aria-valuetext", "$65.00");
  await page.keyboard.press("ArrowDown");
  await expect(refill.slider).toHaveAttribute("aria-valuetext", "$60.00");
  await page.keyboard.press("PageDown");
  await expect(refill.slider).toHaveAttribute("aria-valuetext", "$10.00");
  await page.keyboard.press("End");
  await expect(refill.slider).toHaveAttribute("aria-valuetext", "$1,000.00");
  await expect(refill.amountInput).toHaveValue("1000.00");

  // Typed amounts may be any cent in range; the slider follows.
  await refill.chooseAmount("12.34");
  await expect(refill.slider).toHaveAttribute("aria-valuetext", "$12.34");
  await expect(refill.slider).toHaveAttribute("aria-valuenow", "1234");
  await refill.slider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(refill.amountInput).toHaveValue("15.00");

  // Out of range or too precise: refused in the browser, with focus on the error summary.
  for (const [typed, message] of [
    ["9.99", "The amount must be at least $10.00."],
    ["1000.01", "The amount must be at most $1,000.00."],
    ["12.345", "Enter an amount such as 25.00, with no more than 2 decimal places."],
  ] as const) {
    await refill.chooseAmount(typed);
    await refill.submitButton.click();
    await expect(refill.errorSummary).toBeFocused();
    await expect(refill.errorSummary).toContainText(message);
    await expect(refill.amountInput).toHaveAttribute("aria-invalid", "true");
    await expect(refill.amountInput).toHaveValue(typed);
    await expect(refill.confirmHeading).toHaveCount(0);
  }
  await refill.errorSummary.getByRole("link").click();
  await expect(refill.amountInput).toBeFocused();

  // In range but more than the credit: the server refuses it, the choices stay as they were.
  await refill.chooseAmount("20.00");
  await refill.chooseMethod("WHMCS credit");
  await refill.submitButton.click();
  await expect(refill.errorSummary).toBeFocused();
  await expect(refill.errorSummary).toContainText("Your WHMCS credit does not cover this amount.");
  await expect(refill.amountInput).toHaveValue("20.00");
  await expect(refill.method("WHMCS credit")).toBeChecked();
  await expectAccessible(page);
});

test("Back on the confirmation cancels the order and keeps the amount; the provider's cancel link explains it", async ({
  page,
  loginPage,
}) => {
  const refill = new RefillPage(page);
  await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
  await refill.goto();
  await refill.order("11.00", "WHMCS credit");
  expect(await refill.readOrderSummary()).toMatchObject({
    net: "$11.00",
    vat: "$2.09",
    total: "$13.09",
  });
  // $12.00 of credit does not cover $13.09: no Pay button, only the way back.
  await expect(page.getByText("does not cover the total of $13.09")).toBeVisible();
  await expect(refill.payButton).toHaveCount(0);
  await refill.back();
  await expect(page.getByRole("heading", { name: "Amount and payment method" })).toBeFocused();
  await expect(refill.amountInput).toHaveValue("11.00");
  await expect(refill.method("WHMCS credit")).toBeChecked();

  // Again, then leave through the cancel link (where Stripe and PayPal send "cancel").
  await refill.chooseAmount("10.50");
  await refill.submitOrder();
  const { paymentId } = await refill.readOrderSummary();
  await page.goto(`/billing/payments/${paymentId}/cancel`);
  await expect(page).toHaveURL(new RegExp(`/billing/refill\\?payment=${paymentId}$`));
  await expect(refill.previousAttempt).toContainText(
    "You cancelled the payment. Nothing was charged.",
  );
  await expect(refill.amountInput).toHaveValue("10.50");
  await expect(refill.method("WHMCS credit")).toBeChecked();

  // The return page tells the same, with the way back.
  const status = new PaymentStatusPage(page);
  await page.goto(`/billing/payments/${paymentId}`);
  await status.waitFor("Payment cancelled");
  await expect(status.failure).toHaveText("You cancelled the payment. Nothing was charged.");
  await page.getByRole("link", { name: "Try again" }).click();
  await expect(refill.amountInput).toHaveValue("10.50");
});

test("the Balance menu works by keyboard; a trial account is offered the upgrade instead", async ({
  page,
  loginPage,
}) => {
  await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  const balance = nav.getByRole("button", { name: "Balance" });
  await expect(balance).toHaveAttribute("aria-expanded", "false");
  await balance.focus();
  await page.keyboard.press("Enter");
  await expect(balance).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link")).toContainText([
    "Refill balance",
    "Configure auto-refill",
    "Payment methods",
    "View invoices",
    "Billing history",
  ]);
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Refill balance" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(balance).toHaveAttribute("aria-expanded", "false");
  await expect(balance).toBeFocused();
  await expect(nav.getByRole("link", { name: "Refill balance" })).toBeHidden();

  await page.keyboard.press("Space");
  for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "View invoices" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/invoices$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invoices");

  // A trial account: "Upgrade trial account" where billing accounts refill.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await loginPage.signInAndWait(demoUsers.trial.email, demoUsers.trial.password);
  await nav.getByRole("button", { name: "Balance" }).click();
  await expect(nav.getByRole("link", { name: "Upgrade trial account" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Refill balance" })).toHaveCount(0);
  await page.goto("/billing/refill");
  await expect(page.getByRole("link", { name: "Upgrade trial account" }).last()).toHaveAttribute(
    "href",
    "/billing/upgrade",
  );
  await expect(page.getByRole("button", { name: "Submit Payment" })).toHaveCount(0);
});

test("an unpaid invoice is paid from WHMCS credit; the amount is its balance due", async ({
  page,
  loginPage,
  sandbox,
}) => {
  await sandbox.setWhmcsCredit(demoUsers.billing.email, 5_000);
  await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
  await page.goto("/invoices/3102");
  const section = page.getByRole("region", { name: "Pay invoice" });
  await expect(section).toBeVisible();
  await expect(section.getByTestId("fixed-amount")).toHaveText("$36.89");
  await expect(section.getByRole("slider")).toHaveCount(0);
  const flow = new PaymentFlowPage(page);
  await flow.chooseMethod("WHMCS credit");
  await expectAccessible(page);
  await flow.submitOrder();
  expect(await flow.readOrderSummary()).toMatchObject({
    invoice: "Invoice 3102",
    total: "$36.89",
    net: null,
  });
  await flow.pay();
  const status = new PaymentStatusPage(page);
  await status.waitFor("Done");
  await expect(page.getByText("Invoice 3102 is paid.")).toBeVisible();
  await page.getByRole("link", { name: "Back to the invoice" }).click();
  await expect(page.getByTestId("balance-due")).toContainText("$0.00");
  await expect(page.getByRole("region", { name: "Pay invoice" })).toHaveCount(0);
});

test("another account's payment is not found: page, status route and cancel link", async ({
  page,
  loginPage,
  browser,
}) => {
  const refill = new RefillPage(page);
  await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
  await refill.goto();
  await refill.order("10.00", "WHMCS credit");
  const { paymentId } = await refill.readOrderSummary();
  const own = await page.request.get(`/api/payments/${paymentId}`);
  expect(own.status()).toBe(200);
  const body = (await own.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status: "processing", amountMinor: 1_000, totalMinor: 1_190 });
  expect(body).not.toHaveProperty("providerRef");
  expect(body).not.toHaveProperty("idempotencyKey");

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const { LoginPage } = await import("./pages/login-page");
  await new LoginPage(otherPage).signInAndWait(
    demoUsers.whmcsOnly.email,
    demoUsers.whmcsOnly.password,
  );
  expect((await otherPage.request.get(`/api/payments/${paymentId}`)).status()).toBe(404);
  expect(
    (
      await otherPage.request.get(`/billing/payments/${paymentId}/cancel`, { maxRedirects: 0 })
    ).status(),
  ).toBe(404);
  await otherPage.goto(`/billing/payments/${paymentId}`);
  await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await other.close();

  // Still the owner's, untouched: it can be paid.
  await refill.pay();
  await new PaymentStatusPage(page).waitFor("Done");
});
