import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { demoUsers, expect, test } from "./fixtures/test";
import { UpgradePage } from "./pages/upgrade-page";

/**
 * "Upgrade trial account", steps 1–2 (billing details, billing account). Uses its own demo users
 * (upgrade@ creates a billing account, linked@ gets its existing one linked), so no other spec's
 * trial user changes; the stack starts from a fresh seed for every run.
 */
const WCAG = ["wcag2a", "wcag2aa", "wcag22aa"];

async function expectAccessible(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual(
    [],
  );
}

const details = {
  firstName: "Uma",
  lastName: "Upgrade",
  address: "Friedrichstraße 1",
  city: "Berlin",
  state: "Berlin",
  postcode: "10117",
  country: "Germany",
  phone: "+49 30 5550100",
};

test("field errors by keyboard, the Terms of Service required, then a billing account is created and its sign-in details emailed", async ({
  page,
  loginPage,
  sandbox,
}) => {
  const upgrade = new UpgradePage(page);
  await loginPage.signInAndWait(demoUsers.upgrade.email, demoUsers.upgrade.password);
  await upgrade.open();
  await expect(upgrade.heading).toHaveText("Upgrade trial account");
  await expect(upgrade.currentStep).toContainText("Billing details");
  // Prefilled from the account; the email is the account's and cannot be changed here.
  await expect(upgrade.field(/^First name/)).toHaveValue("Uma");
  await expect(upgrade.field(/^Last name/)).toHaveValue("Upgrade");
  await expect(upgrade.field(/^Email/)).toHaveValue(demoUsers.upgrade.email);
  await expect(upgrade.field(/^Email/)).not.toBeEditable();
  await expect(upgrade.termsLink).toHaveAttribute("href", "https://hoster.example/terms");
  await expect(upgrade.termsLink).toHaveAttribute("target", "_blank");
  await expectAccessible(page);

  // Submit by keyboard with a required name missing and nothing else filled in.
  await upgrade.field(/^First name/).fill("");
  await upgrade.submit.press("Enter");
  await expect(upgrade.errorSummary).toBeFocused();
  for (const message of [
    "Enter your first name.",
    "Enter your street address.",
    "Enter your city.",
    "Enter your postcode.",
    "Select your country.",
    "Enter your phone number.",
    "Accept the Terms of Service to continue.",
  ]) {
    await expect(upgrade.errorSummary.getByRole("link", { name: message })).toBeVisible();
  }
  await expect(
    upgrade.errorSummary.getByRole("link", { name: "Enter your last name." }),
  ).toHaveCount(0);
  const firstName = upgrade.field(/^First name/);
  await expect(firstName).toHaveAttribute("aria-invalid", "true");
  await expect(firstName).toHaveAccessibleDescription("Enter your first name.");
  await expect(upgrade.field(/^Last name/)).not.toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  // The summary's links lead to their fields.
  await upgrade.errorSummary.getByRole("link", { name: "Enter your first name." }).press("Enter");
  await expect(firstName).toBeFocused();

  // Everything but the Terms of Service: only that is left, and what was typed stays.
  await upgrade.fillDetails({ ...details, phone: "12" });
  await upgrade.submit.press("Enter");
  await expect(upgrade.errorSummary).toBeFocused();
  await expect(upgrade.errorSummary.getByRole("link")).toHaveText([
    "Enter a phone number with at least 5 digits, for example +49 30 1234567.",
    "Accept the Terms of Service to continue.",
  ]);
  await expect(upgrade.terms).toHaveAccessibleDescription(
    "Accept the Terms of Service to continue.",
  );
  await expect(firstName).toHaveValue("Uma");
  await expect(upgrade.field(/^City/)).toHaveValue("Berlin");
  await expect(upgrade.country).toHaveValue("DE");

  await upgrade.field(/^Phone number/).fill(details.phone);
  await upgrade.terms.focus();
  await page.keyboard.press("Space");
  await expect(upgrade.terms).toBeChecked();
  await upgrade.submit.press("Enter");

  await expect(upgrade.outcome).toHaveText(
    "We created a billing account; we emailed you the sign-in details.",
  );
  await expect(upgrade.outcome).toBeFocused();
  await expect(upgrade.currentStep).toContainText("Payment method and amount");
  await expect(upgrade.submit).toHaveCount(0);

  const mails = await sandbox.emails(demoUsers.upgrade.email);
  expect(mails).toHaveLength(1);
  expect(mails[0]?.subject).toMatch(/billing account$/);
  expect(mails[0]?.text).toContain(`Login: ${demoUsers.upgrade.email}`);
  const password = /Password: (\S+)/.exec(mails[0]?.text ?? "")?.[1] ?? "";
  expect(password).toHaveLength(20);
  // The password is only in the email: not on the page, not in its HTML.
  expect(await page.content()).not.toContain(password);
  await expectAccessible(page);

  // A reload (or a second tab) shows the same step; nothing is created again.
  await page.reload();
  await expect(page.getByText("We created a billing account;")).toBeVisible();
  await expect(upgrade.submit).toHaveCount(0);
  expect(await sandbox.emails(demoUsers.upgrade.email)).toHaveLength(1);
});

test("a trial account whose email already has a billing account gets it linked, without an email", async ({
  page,
  loginPage,
  sandbox,
}) => {
  const upgrade = new UpgradePage(page);
  await loginPage.signInAndWait(demoUsers.linked.email, demoUsers.linked.password);
  await upgrade.open();
  await upgrade.fillDetails({
    ...details,
    firstName: "Lina",
    lastName: "Linked",
    country: "Austria",
  });
  await upgrade.terms.check();
  await upgrade.submit.click();
  await expect(upgrade.outcome).toHaveText("We linked your existing billing account.");
  await expect(upgrade.currentStep).toContainText("Payment method and amount");
  expect(await sandbox.emails(demoUsers.linked.email)).toHaveLength(0);
});

test("a billing account is told there is nothing to upgrade", async ({ page, loginPage }) => {
  const upgrade = new UpgradePage(page);
  await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
  await upgrade.open();
  await expect(
    page.getByRole("heading", { name: "Your account is already upgraded" }),
  ).toBeVisible();
  await expect(upgrade.submit).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Refill balance" })).toHaveAttribute(
    "href",
    "/billing/refill",
  );
  await expectAccessible(page);
});
