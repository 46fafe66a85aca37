import AxeBuilder from "@axe-core/playwright";
import { demoUsers, expect, test } from "./fixtures/test";

const WCAG = ["wcag2a", "wcag2aa", "wcag22aa"];

/** Every environments page, as a keyboard and screen-reader user meets it, checked with axe. */
const pages = [
  { path: "/environments", heading: "Environments" },
  { path: "/environments/new", heading: "Add a new environment" },
  { path: "/environments/bill-shop", heading: "Shop (production)" },
  { path: "/environments/bill-shop/domains", heading: "Bind external domain" },
  { path: "/environments/bill-shop/ssl", heading: "SSL Configuration" },
  { path: "/environments/bill-shop/resources", heading: "Change resources" },
  { path: "/environments/bill-shop/remove", heading: "Remove Shop (production)" },
];

test.beforeEach(async ({ sandbox, loginPage, page }) => {
  await sandbox.reset();
  await loginPage.signIn(demoUsers.billing.email, demoUsers.billing.password);
  await expect(page.getByTestId("signed-in-email")).toBeVisible();
});

for (const { path, heading } of pages) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(result.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
  });
}
