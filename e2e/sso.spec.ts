import { demoUsers, expect, test } from "./fixtures/test";

test("'Sign in to Jelastic dashboard' opens the dashboard in a new tab, signed in, by a one-time link", async ({
  page,
  context,
  loginPage,
}) => {
  await loginPage.signIn(demoUsers.billing.email, demoUsers.billing.password);
  await expect(page.getByTestId("signed-in-email")).toBeVisible();
  const [dashboard] = await Promise.all([
    context.waitForEvent("page"),
    page.getByRole("button", { name: /Sign in to Jelastic dashboard/ }).click(),
  ]);
  await expect(dashboard.getByTestId("dashboard-user")).toContainText(demoUsers.billing.email);
  await dashboard.screenshot({ path: test.info().outputPath("platform-dashboard.png") });

  // The link itself was consumed: opening it again must not sign anyone in.
  const firstHop = await page.request.post("/sso/platform", { maxRedirects: 0 });
  const link = firstHop.headers()["location"] ?? "";
  expect(link).toMatch(/\/jelastic\/dashboard\/auth\?key=/);
  const used = await page.request.get(link, { maxRedirects: 0 });
  expect(used.status()).toBeLessThan(400);
  const again = await page.request.get(link, { maxRedirects: 0 });
  expect(again.status()).toBe(410);
});

test("the billing panel opens through WHMCS single sign-on", async ({
  page,
  context,
  loginPage,
}) => {
  await loginPage.signIn(demoUsers.billing.email, demoUsers.billing.password);
  await expect(page.getByTestId("signed-in-email")).toBeVisible();
  const [panel] = await Promise.all([
    context.waitForEvent("page"),
    page.getByRole("button", { name: /Open billing panel/ }).click(),
  ]);
  await expect(panel.getByTestId("whmcs-user")).toContainText(demoUsers.billing.email);
});

test("a cross-site form post to the SSO endpoint is refused", async ({ page, loginPage }) => {
  await loginPage.signIn(demoUsers.billing.email, demoUsers.billing.password);
  await expect(page.getByTestId("signed-in-email")).toBeVisible();
  const response = await page.request.post("/sso/platform", {
    headers: { origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
});
