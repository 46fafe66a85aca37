import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { SEEDED_METHOD_USERS as USERS } from "./fixtures/seed-payment-methods";
import { expect, test } from "./fixtures/test";

/**
 * "Payment methods" and "Configure auto-refill" in the browser. The stack seeds saved cards (real
 * objects of the sandbox's Stripe) and PayPal accounts for a few demo accounts, one per scenario,
 * so the tests do not depend on their order (e2e/fixtures/seed-payment-methods.ts).
 */
const WCAG = ["wcag2a", "wcag2aa", "wcag22aa"];

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => v.id);
}

const methods = (page: Page) => page.getByTestId("payment-method");

test("saved cards and PayPal accounts are listed, and the default can be changed", async ({
  page,
  loginPage,
}) => {
  await loginPage.signInAndWait(USERS.methods.email, USERS.methods.password);
  await page.goto("/billing/payment-methods");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Payment methods");
  await expect(methods(page)).toHaveCount(3);
  await expect(methods(page).nth(0)).toContainText("Visa •••• 4242");
  await expect(methods(page).nth(0)).toContainText("Default");
  await expect(methods(page).nth(0)).toContainText("Expires 12/2030");
  const mastercard = methods(page).filter({ hasText: "Mastercard" });
  await expect(mastercard).toContainText("Expired");
  await expect(mastercard).toContainText("Expired 01/2024");
  await expect(methods(page).filter({ hasText: "buyer@paypal.test" })).toContainText("PayPal");
  expect(await axeViolations(page)).toEqual([]);

  await page
    .getByRole("button", { name: "Make default: PayPal account buyer@paypal.test" })
    .click();
  const outcome = page.getByRole("status").filter({ hasText: "is now your default" });
  await expect(outcome).toHaveText(
    "PayPal account buyer@paypal.test is now your default payment method.",
  );
  await expect(outcome).toBeFocused();
  await expect(methods(page).nth(0)).toContainText("buyer@paypal.test");
  await expect(methods(page).nth(0)).toContainText("Default");
  await expect(methods(page).filter({ hasText: "Visa" })).not.toContainText("Default");
  // The default has no "Make default" button of its own.
  await expect(
    page.getByRole("button", { name: "Make default: PayPal account buyer@paypal.test" }),
  ).toHaveCount(0);
});

test("removing a method asks first; Cancel and Escape keep it", async ({ page, loginPage }) => {
  await loginPage.signInAndWait(USERS.methods.email, USERS.methods.password);
  await page.goto("/billing/payment-methods");
  const remove = page.getByRole("button", { name: "Remove Mastercard ending in 4444" });
  await remove.click();
  const question = page.getByRole("group", { name: /Remove Mastercard ending in 4444\?/ });
  await expect(question).toContainText("It can no longer be used for refills.");
  const confirm = page.getByRole("button", { name: "Yes, remove Mastercard ending in 4444" });
  await expect(confirm).toBeFocused();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(remove).toBeFocused();

  await remove.press("Enter");
  await expect(confirm).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(remove).toBeFocused();
  await expect(methods(page)).toHaveCount(3);

  await remove.click();
  await confirm.click();
  const outcome = page.getByRole("status").filter({ hasText: "was removed" });
  await expect(outcome).toHaveText("Mastercard ending in 4444 was removed.");
  await expect(outcome).toBeFocused();
  await expect(methods(page)).toHaveCount(2);
  await page.reload();
  await expect(methods(page).filter({ hasText: "Mastercard" })).toHaveCount(0);
});

test("removing the default asks for the new default first, by keyboard", async ({
  page,
  loginPage,
}) => {
  await loginPage.signInAndWait(USERS.removeDefault.email, USERS.removeDefault.password);
  await page.goto("/billing/payment-methods");
  await expect(methods(page)).toHaveCount(3);
  const remove = page.getByRole("button", { name: "Remove Visa ending in 4242" });
  await remove.focus();
  await page.keyboard.press("Enter");
  const question = page.getByRole("group", { name: /Visa ending in 4242 is your default/ });
  await expect(question).toContainText("Choose the new default, then confirm the removal.");
  const choices = question.getByRole("group", { name: "New default payment method" });
  await expect(choices.getByRole("radio")).toHaveCount(2);
  const amex = choices.getByRole("radio", { name: "American Express ending in 0005" });
  await expect(amex).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  // Confirming without a choice is refused by the form itself: nothing is removed.
  await question.getByRole("button", { name: "Yes, remove Visa ending in 4242" }).click();
  await expect(methods(page)).toHaveCount(3);

  await amex.focus();
  await page.keyboard.press("Space");
  await expect(amex).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(
    question.getByRole("button", { name: "Yes, remove Visa ending in 4242" }),
  ).toBeFocused();
  await page.keyboard.press("Enter");
  const outcome = page.getByRole("status").filter({ hasText: "was removed" });
  await expect(outcome).toHaveText("Visa ending in 4242 was removed.");
  await expect(methods(page)).toHaveCount(2);
  await expect(methods(page).nth(0)).toContainText("American Express •••• 0005");
  await expect(methods(page).nth(0)).toContainText("Default");
});

test("with nothing saved, the page points to Refill balance", async ({ page, loginPage }) => {
  await loginPage.signInAndWait(USERS.empty.email, USERS.empty.password);
  await page.goto("/billing/payment-methods");
  await expect(page.getByRole("heading", { name: "No saved payment methods yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Refill balance" })).toHaveAttribute(
    "href",
    "/billing/refill",
  );
  expect(await axeViolations(page)).toEqual([]);

  await page.goto("/billing/auto-refill");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Configure auto-refill");
  await expect(page.getByRole("checkbox", { name: "Refill my balance automatically" })).toHaveCount(
    0,
  );
});

test("auto-refill: typed amounts are checked, then saved and switched off", async ({
  page,
  loginPage,
}) => {
  await loginPage.signInAndWait(USERS.autoRefill.email, USERS.autoRefill.password);
  await page.goto("/billing/auto-refill");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Configure auto-refill");
  const status = page.getByTestId("auto-refill-status");
  await expect(status).toContainText("Auto-refill is off.");
  await expect(
    page.getByText("Charged to your default payment method: Visa ending in 4242."),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const threshold = page.getByLabel("When my balance falls below (USD)");
  const amount = page.getByLabel("Refill amount (USD)");
  await page.getByLabel("Refill my balance automatically").check();
  await threshold.fill("ten");
  await amount.fill("12.34");
  await page.getByRole("button", { name: "Save auto-refill settings" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "correct" })).toHaveText(
    "Please correct the highlighted fields.",
  );
  await expect(threshold).toBeFocused();
  await expect(threshold).toHaveAttribute("aria-invalid", "true");
  await expect(threshold).toHaveAccessibleDescription(/Enter an amount such as 10\.00\./);
  await expect(amount).toHaveAccessibleDescription(
    /Choose an amount in steps of \$5\.00, starting at \$10\.00\./,
  );
  expect(await axeViolations(page)).toEqual([]);

  await threshold.fill("10");
  await amount.fill("25.00");
  await page.getByRole("button", { name: "Save auto-refill settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "saved" })).toHaveText(
    "Auto-refill settings saved.",
  );
  await expect(status).toContainText(
    "Auto-refill is on: when your balance falls below $10.00, $25.00 is added.",
  );
  await page.reload();
  await expect(threshold).toHaveValue("10.00");
  await expect(amount).toHaveValue("25.00");
  await expect(page.getByLabel("Refill my balance automatically")).toBeChecked();

  await page.getByRole("button", { name: "Switch off auto-refill" }).click();
  await expect(page.getByRole("status").filter({ hasText: "switched off" })).toHaveText(
    "Auto-refill is switched off.",
  );
  await expect(status).toContainText("Auto-refill is off.");
});

test("the payment methods page speaks German", async ({ page, loginPage }) => {
  await loginPage.goto();
  await page.getByLabel("Language").selectOption("de");
  await page.getByRole("button", { name: "Apply" }).click();
  await loginPage.signInAndWait(USERS.removeDefault.email, USERS.removeDefault.password);
  await page.goto("/billing/payment-methods");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zahlungsmethoden");
  await expect(page.getByText("Standard", { exact: true })).toBeVisible();
  await page.goto("/billing/auto-refill");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Automatische Aufladung einrichten",
  );
});
