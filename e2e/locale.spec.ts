import { demoUsers, expect, test } from "./fixtures/test";

test("switching the language changes the whole interface and is remembered", async ({
  page,
  loginPage,
}) => {
  await loginPage.goto();
  await page.getByLabel("Language").selectOption("de");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Bei .+ anmelden$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");

  await loginPage.email.fill(demoUsers.billing.email);
  await loginPage.password.fill(demoUsers.billing.password);
  await loginPage.submit.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Willkommen, Bill Billing");
  await expect(page.getByTestId("account-group")).toHaveText("Abrechnung");
  // German number formatting through Intl: decimal comma.
  await expect(page.getByTestId("main-balance")).toHaveText(/42,50/);
  await page.reload();
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
});
