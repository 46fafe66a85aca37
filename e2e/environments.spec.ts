import { demoUsers, expect, test } from "./fixtures/test";

test.describe("environments list", () => {
  test("shows the account's environments with status, resources and filters", async ({
    page,
    loginPage,
  }) => {
    await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
    await page.getByRole("link", { name: "Environments" }).first().click();
    await expect(page.getByTestId("environments-total")).toHaveText("4 environments");
    const shop = page.locator('tr[data-env="bill-shop"]');
    await expect(shop).toContainText("Running");
    await expect(shop).toContainText("MiB");
    await expect(shop).toContainText("203.0.113.10");
    await expect(shop.getByTestId("monthly-cost")).toHaveText(/^\$[\d,.]+ – \$[\d,.]+$/);

    await page.getByLabel("Status").selectOption("stopped");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByTestId("environments-total")).toHaveText("1 environment");
    await expect(page.locator("tbody tr")).toHaveCount(1);
    await expect(page.locator('tr[data-env="bill-staging"]')).toBeVisible();

    await page.goto("/environments?q=wiki");
    await expect(page.locator("tbody tr")).toHaveCount(1);
    await expect(page.locator('tr[data-env="bill-wiki"]')).toBeVisible();
  });

  test("an account with 1,000 environments is paged on the server", async ({ page, loginPage }) => {
    await loginPage.signInAndWait(demoUsers.bulk.email, demoUsers.bulk.password);
    await page.goto("/environments");
    await expect(page.getByTestId("environments-total")).toHaveText("1,000 environments");
    await expect(page.locator("tbody tr")).toHaveCount(25);
    await expect(page.getByText("Page 1 of 40")).toBeVisible();
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page.getByText("Page 2 of 40")).toBeVisible();
    await expect(page.locator('tr[data-env="bill-shop"]')).toHaveCount(0);
  });

  test("another account's environment is a 404", async ({ page, loginPage }) => {
    await loginPage.signInAndWait(demoUsers.trial.email, demoUsers.trial.password);
    const response = await page.goto("/environments/bill-shop");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    const removal = await page.goto("/environments/bill-shop/remove");
    expect(removal?.status()).toBe(404);
  });
});

test.describe("environment actions", () => {
  test.afterEach(async ({ sandbox }) => {
    await sandbox.reset();
  });

  test("start and stop an environment", async ({ page, loginPage }) => {
    await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
    await page.goto("/environments/bill-staging");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page.getByRole("status").filter({ hasText: "starting" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
    await page.getByRole("button", { name: "Stop" }).click();
    await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
    await page.getByRole("link", { name: "SSL Configuration" }).click();
    await expect(page).toHaveURL(/\/environments\/bill-staging\/ssl$/);
    await page.goBack();
    await page.getByRole("link", { name: "Bind external domain" }).click();
    await expect(page).toHaveURL(/\/environments\/bill-staging\/domains$/);
  });

  test("removing asks for the password; a wrong one removes nothing", async ({
    page,
    loginPage,
  }) => {
    await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
    await page.goto("/environments/bill-wiki");
    await page.getByRole("link", { name: "Remove this environment" }).click();
    await expect(page.getByText(/cannot be undone/)).toContainText("bill-wiki");

    await page.getByLabel("Your account password").fill("not-my-password");
    await page.getByRole("button", { name: "Remove bill-wiki permanently" }).click();
    await expect(page.locator("#remove-error")).toHaveText(
      "The password is not correct. Nothing was removed.",
    );
    await expect(page.getByLabel("Your account password")).toHaveValue("");

    await page.getByLabel("Your account password").fill(demoUsers.billing.password);
    await page.getByRole("button", { name: "Remove bill-wiki permanently" }).click();
    await expect(page).toHaveURL(/\/environments\?removed=bill-wiki/);
    await expect(page.getByTestId("environments-total")).toHaveText("3 environments");
    await expect(page.locator('tr[data-env="bill-wiki"]')).toHaveCount(0);
  });
});
