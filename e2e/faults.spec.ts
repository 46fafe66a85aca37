import { SANDBOX_URL } from "../playwright.config";
import { demoUsers, expect, test } from "./fixtures/test";

test.describe("an upstream fault shows a friendly message inside the shell", () => {
  test("platform answers HTTP 500 for the account", async ({ page, loginPage, sandbox }) => {
    await loginPage.signIn(demoUsers.billing.email, demoUsers.billing.password);
    await expect(page.getByTestId("main-balance")).toBeVisible();
    await sandbox.fault({ service: "jelastic", action: "billing/account/getaccount", status: 500 });
    await page.reload();
    const balance = page.getByRole("region", { name: "Balance" });
    await expect(balance).toContainText("This information is not available right now.");
    await expect(page.getByTestId("whmcs-credit")).toHaveText("$12.00");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.locator("body")).not.toContainText(/500|Internal Server Error|stack/i);
  });

  test("WHMCS answers an HTML page instead of JSON", async ({ page, loginPage, sandbox }) => {
    await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
    await sandbox.fault({
      service: "whmcs",
      action: "*",
      body: "<html><body>Fatal error</body></html>",
    });
    await page.reload();
    const billing = page.getByRole("region", { name: "Billing account" });
    await expect(billing).toContainText("This information is not available right now.");
    await expect(page.locator("body")).not.toContainText("Fatal error");
    await expect(page.getByTestId("main-balance")).toHaveText("$42.50");
  });

  test("sign-in while both upstreams are down says to retry, not that the password is wrong", async ({
    loginPage,
    sandbox,
  }) => {
    await sandbox.fault({ service: "*", action: "*", status: 500 });
    await loginPage.signIn(demoUsers.billing.email, demoUsers.billing.password);
    await expect(loginPage.error).toContainText("a service is not answering");
  });

  test("an expired platform session is renewed without bothering the user", async ({
    page,
    loginPage,
    request,
  }) => {
    await loginPage.signIn(demoUsers.billing.email, demoUsers.billing.password);
    await expect(page.getByTestId("main-balance")).toHaveText("$42.50");
    const expired = await request.post(`${SANDBOX_URL}/_control/expire-sessions`);
    expect(expired.ok()).toBe(true);
    await page.reload();
    await expect(page.getByTestId("main-balance")).toHaveText("$42.50");
  });
});
