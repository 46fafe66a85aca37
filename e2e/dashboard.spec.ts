import { demoUsers, expect, test } from "./fixtures/test";

test.describe("dashboard shows each user only their own data", () => {
  test("billing user: balance, bonus, group, WHMCS credit and environments", async ({
    page,
    loginPage,
  }) => {
    await loginPage.signIn(demoUsers.billing.email, demoUsers.billing.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Bill Billing");
    await expect(page.getByTestId("main-balance")).toHaveText("$42.50");
    await expect(page.getByTestId("bonus-balance")).toHaveText("$3.20");
    await expect(page.getByTestId("account-group")).toHaveText("Billing");
    await expect(page.getByTestId("whmcs-credit")).toHaveText("$12.00");
    await expect(page.getByTestId("unpaid-invoices")).toHaveText("1 unpaid invoice");
    await expect(page.getByTestId("environments-count")).toHaveText("4 environments");
    await expect(page.getByRole("list", { name: "Environments" })).toContainText("Running: 1");
    await expect(page.getByRole("button", { name: /Sign in to Jelastic dashboard/ })).toBeVisible();
  });

  test("trial user: trial group, bonus only, no billing account", async ({ page, loginPage }) => {
    await loginPage.signIn(demoUsers.trial.email, demoUsers.trial.password);
    await expect(page.getByTestId("account-group")).toHaveText("Trial");
    await expect(page.getByTestId("main-balance")).toHaveText("$0.00");
    await expect(page.getByTestId("bonus-balance")).toHaveText("$5.00");
    await expect(page.getByText("No billing account is linked to this email yet.")).toBeVisible();
    await expect(page.getByTestId("environments-count")).toHaveText("1 environment");
    await expect(page.getByText("$42.50")).toHaveCount(0);
  });

  test("WHMCS-only client: credit shown, no platform data and no dashboard button", async ({
    page,
    loginPage,
  }) => {
    await loginPage.signIn(demoUsers.whmcsOnly.email, demoUsers.whmcsOnly.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Wanda Whmcs");
    await expect(page.getByTestId("whmcs-credit")).toHaveText("$7.25");
    await expect(
      page.getByText(/There is no platform account for this email yet/).first(),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: /Sign in to Jelastic dashboard/ })).toHaveCount(
      0,
    );
    await expect(page.getByText("$12.00")).toHaveCount(0);
  });
});
