import { PORTAL_URL } from "../playwright.config";
import { demoUsers, expect, test } from "./fixtures/test";

test.describe("sign-in", () => {
  test("an anonymous visitor is sent to sign-in and back to the page asked for", async ({
    page,
    loginPage,
  }) => {
    await page.goto("/sso-failed");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsso-failed/);
    await loginPage.email.fill(demoUsers.billing.email);
    await loginPage.password.fill(demoUsers.billing.password);
    await loginPage.submit.click();
    await expect(page).toHaveURL(/\/sso-failed$/);
  });

  test("a wrong password gets one message that does not reveal whether the email exists", async ({
    page,
    loginPage,
  }) => {
    await loginPage.signIn(demoUsers.billing.email, "not-the-password");
    await expect(loginPage.error).toHaveText("The email or password is not correct.");
    await expect(loginPage.email).toHaveValue(demoUsers.billing.email);
    const knownEmailMessage = await loginPage.error.textContent();

    await loginPage.signIn("nobody-here@demo.test", "whatever-123");
    await expect(loginPage.error).toHaveText(knownEmailMessage ?? "");
    await expect(page).toHaveURL(/\/login/);
  });

  test("repeated failures for one email are refused for a while", async ({ loginPage }) => {
    const email = "locked-out@demo.test";
    for (let attempt = 0; attempt < 5; attempt++) {
      await loginPage.signIn(email, `wrong-${attempt}`);
      await expect(loginPage.error).toHaveText("The email or password is not correct.");
    }
    await loginPage.signIn(email, "wrong-again");
    await expect(loginPage.error).toContainText("Too many failed attempts");
  });

  test("signing out ends the session", async ({ page, loginPage }) => {
    await loginPage.signIn(demoUsers.trial.email, demoUsers.trial.password);
    await expect(page.getByTestId("signed-in-email")).toHaveText(demoUsers.trial.email);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("status")).toHaveText("You have been signed out.");
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a forged session cookie is treated as signed out, not as a crash", async ({
    page,
    context,
  }) => {
    await context.addCookies([
      { name: "authjs.session-token", value: "forged.jwt.value", url: PORTAL_URL },
    ]);
    const response = await page.goto("/");
    expect(response?.status()).toBeLessThan(500);
    await expect(page).toHaveURL(/\/login/);
  });
});
