import AxeBuilder from "@axe-core/playwright";
import { SEEDED_NOTIFICATIONS } from "./fixtures/seed-notifications";
import { demoUsers, expect, test } from "./fixtures/test";

const WCAG = ["wcag2a", "wcag2aa", "wcag22aa"];

/**
 * The stack seeds the demo billing user with SEEDED_NOTIFICATIONS unread notifications through
 * notify() before the portal starts (scripts/e2e-stack.ts). One test, because it reads them.
 */
test("unread count, list, mark one and all as read, by keyboard, accessible", async ({
  page,
  loginPage,
}) => {
  const total = SEEDED_NOTIFICATIONS;
  await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);

  const bell = page.getByRole("link", { name: `${total} unread notifications` });
  await expect(bell).toBeVisible();
  await expect(bell).toHaveText(String(total));

  // The dashboard card shows the newest, translated, and links to the full list.
  const card = page.getByRole("region", { name: "Notifications" });
  await expect(card.getByRole("listitem").first()).toContainText("Balance refilled");
  await expect(card.getByRole("link", { name: "View all notifications" })).toBeVisible();

  // Keyboard: the bell follows the language switcher in the tab order and opens the list.
  await page.getByRole("button", { name: "Apply" }).focus();
  await page.keyboard.press("Tab");
  await expect(bell).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifications");

  const list = page.getByRole("list", { name: "Your notifications" });
  const items = list.getByTestId("notification");
  await expect(items).toHaveCount(20);
  await expect(items.first()).toContainText("Balance refilled");
  await expect(items.first()).toContainText(
    "$25.75 was added to your balance. New balance: $68.25",
  );
  await expect(items.nth(1)).toContainText("Payment failed");
  await expect(items.nth(1)).toContainText("The card was declined by the bank.");
  await expect(items.nth(1)).toHaveAttribute("data-unread", "true");
  await expect(page.getByTestId("unread-summary")).toHaveText(`${total} unread`);
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Mark one as read with the keyboard: the result is announced and focused, the count drops.
  const markFailed = page.getByRole("button", {
    name: /^Mark as read “Payment failed”, received .+$/,
  });
  await markFailed.focus();
  await page.keyboard.press("Enter");
  const itemStatus = items.nth(1).getByRole("status");
  await expect(itemStatus).toHaveText("The notification is marked as read.");
  await expect(itemStatus).toBeFocused();
  await expect(items.nth(1)).toHaveAttribute("data-unread", "false");
  await expect(markFailed).toHaveCount(0);
  await expect(page.getByRole("link", { name: `${total - 1} unread notifications` })).toBeVisible();
  await expect(page.getByTestId("unread-summary")).toHaveText(`${total - 1} unread`);

  // Mark all as read: every one of them, also those on the second page.
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("status").first()).toHaveText(
    `${total - 1} notifications marked as read.`,
  );
  await expect(page.getByRole("link", { name: "No unread notifications" })).toBeVisible();
  await expect(page.getByTestId("unread-summary")).toHaveText("All read");
  await expect(page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Mark as read/ })).toHaveCount(0);
  await expect(list.locator('[data-unread="true"]')).toHaveCount(0);

  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/notifications\?page=2$/);
  await expect(items).toHaveCount(total - 20);
  await expect(items.last()).toContainText("Billing account created");
  await expect(items.last()).not.toContainText("Seeded-Pa55word");
  await expect(list.locator('[data-unread="true"]')).toHaveCount(0);
  const after = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(after.violations.map((v) => v.id)).toEqual([]);

  // The same list in German, through the i18n layer and Intl.
  await page.getByLabel("Language").selectOption("de");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Benachrichtigungen");
  await expect(
    page.getByRole("link", { name: "Keine ungelesenen Benachrichtigungen" }),
  ).toBeVisible();
  await expect(page.getByTestId("notification").last()).toContainText("Abrechnungskonto erstellt");
  await expect(page.getByTestId("notification").first()).toContainText(
    /Erhalten am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/,
  );
});
