import AxeBuilder from "@axe-core/playwright";
import { demoUsers, expect, test } from "./fixtures/test";

test("pages carry a nonce-based CSP, no framing, and no readable session", async ({
  page,
  loginPage,
  context,
}) => {
  const response = await page.goto("/login");
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toMatch(
    /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
  );
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  await loginPage.signIn(demoUsers.billing.email, demoUsers.billing.password);
  await expect(page.getByTestId("main-balance")).toBeVisible();
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith("authjs.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  expect(await page.evaluate(() => document.cookie)).not.toContain("session");

  const html = await page.content();
  expect(html).not.toMatch(/sandbox_platform_admin_token|sandbox_whmcs_secret/);
  expect(html).not.toMatch(/"session"\s*:/);
});

test("sign-in and dashboard have no serious accessibility violations", async ({
  page,
  loginPage,
}) => {
  await loginPage.goto();
  const login = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag22aa"])
    .analyze();
  expect(login.violations.map((v) => v.id)).toEqual([]);

  await loginPage.signIn(demoUsers.billing.email, demoUsers.billing.password);
  await expect(page.getByTestId("main-balance")).toBeVisible();
  const dashboard = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag22aa"])
    .analyze();
  expect(dashboard.violations.map((v) => v.id)).toEqual([]);
});
