import AxeBuilder from "@axe-core/playwright";
import { demoUsers, expect, test } from "./fixtures/test";

const WCAG = ["wcag2a", "wcag2aa", "wcag22aa"];

test("SSH Access has no serious accessibility violations, also with a field error", async ({
  page,
  loginPage,
}) => {
  await loginPage.signIn(demoUsers.billing.email, demoUsers.billing.password);
  await expect(page.getByTestId("signed-in-email")).toBeVisible();
  await page.goto("/ssh-keys");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("SSH Access");
  const list = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(list.violations.map((v) => v.id)).toEqual([]);

  await page.getByLabel("Title", { exact: true }).fill("Broken");
  await page.getByLabel("Public key", { exact: true }).fill("ssh-ed25519");
  await page.getByRole("button", { name: "Add SSH key" }).click();
  await expect(page.locator("#ssh-public-key-error")).toHaveText(
    "The key is incomplete. Copy the whole line again.",
  );
  await page.getByRole("button", { name: "Delete Laptop" }).click();
  const withError = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(withError.violations.map((v) => v.id)).toEqual([]);
});

test("SSH Access speaks German", async ({ page, loginPage }) => {
  await loginPage.goto();
  await page.getByLabel("Language").selectOption("de");
  await page.getByRole("button", { name: "Apply" }).click();
  await loginPage.signIn(demoUsers.billing.email, demoUsers.billing.password);
  await page.getByRole("link", { name: "SSH-Zugang" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("SSH-Zugang");
  await expect(page.getByRole("heading", { name: "Neuen SSH-Schlüssel hinzufügen" })).toBeVisible();
  await expect(page.getByRole("row", { name: /CI runner/ })).toContainText("ssh-rsa (3072 Bit)");
  // German date through Intl.
  await expect(page.getByRole("row", { name: /Laptop/ })).toContainText("02.06.2025");
  await page.getByRole("button", { name: "Laptop löschen" }).click();
  await expect(page.getByRole("button", { name: "Löschen von Laptop bestätigen" })).toBeFocused();
});
