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

test("an environment's dashboard sign-in lands on that environment", async ({
  page,
  context,
  loginPage,
}) => {
  await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
  await page.goto("/environments/bill-shop");
  const [dashboard] = await Promise.all([
    context.waitForEvent("page"),
    page.getByRole("button", { name: /Sign in to Jelastic dashboard/ }).click(),
  ]);
  await expect(dashboard.getByTestId("dashboard-user")).toContainText(demoUsers.billing.email);
  await expect(dashboard.getByTestId("dashboard-env")).toContainText("bill-shop");
});

test("a dashboard link for another account's environment is refused", async ({
  page,
  loginPage,
}) => {
  await loginPage.signInAndWait(demoUsers.trial.email, demoUsers.trial.password);
  const response = await page.request.post("/sso/platform", {
    form: { envName: "bill-shop" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers()["location"]).toMatch(/\/sso-failed$/);
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
