import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { estimateCost, parsePricingModel, type Layer } from "../lib/billing/estimate";
import { formatMoney } from "../lib/billing/money";
import { SANDBOX_URL } from "../playwright.config";
import { demoUsers, expect, test } from "./fixtures/test";
import { NewEnvironmentPage } from "./pages/new-environment-page";

/** The same fixture the sandbox serves (a copy lives in sandbox/seed-data). */
const pricing = parsePricingModel(
  JSON.parse(readFileSync("lib/billing/estimate/__fixtures__/pricing-model.json", "utf8")),
);
if (!pricing.ok) throw new Error(pricing.message);
const model = pricing.model;

async function expectEstimate(wizard: NewEnvironmentPage, layers: Layer[], ssl: boolean) {
  const estimate = estimateCost(model, { layers, storageGB: 0, ssl }, "USD");
  for (const period of ["monthly", "daily", "hourly"] as const) {
    for (const bound of ["min", "max"] as const) {
      await expect(wizard.estimate(period, bound)).toHaveText(
        formatMoney(estimate[period][bound], "en"),
      );
    }
  }
}

async function open(
  page: Page,
  user: { email: string; password: string },
  signIn: (e: string, p: string) => Promise<void>,
) {
  await signIn(user.email, user.password);
  await expect(page.getByTestId("signed-in-email")).toBeVisible();
  const wizard = new NewEnvironmentPage(page);
  await wizard.goto();
  await expect(page.getByRole("heading", { name: "Add a new environment" })).toBeVisible();
  return wizard;
}

test.beforeEach(async ({ sandbox, request }) => {
  await sandbox.reset();
  const set = await request.post(`${SANDBOX_URL}/_control/platform-settings`, {
    data: { creationDelayMs: 2_500 },
  });
  expect(set.ok()).toBe(true);
});

test("custom parameters: live estimate, then creation progress until running", async ({
  page,
  loginPage,
}) => {
  const wizard = await open(page, demoUsers.billing, (e, p) => loginPage.signIn(e, p));
  const layer = { nodes: 1, reservedCloudlets: 1, scalingLimitCloudlets: 4, publicIp: false };
  await expectEstimate(wizard, [layer], true);

  await wizard.field(0, "reservedRamMiB").fill("1000");
  await wizard.field(0, "limitRamMiB").fill("2048");
  await expect(wizard.cloudlets(0, "reserved")).toHaveText("= 8 cloudlets");
  await expect(wizard.cloudlets(0, "limit")).toHaveText("= 16 cloudlets");
  await expectEstimate(
    wizard,
    [{ ...layer, reservedCloudlets: 8, scalingLimitCloudlets: 16 }],
    true,
  );

  await wizard.field(0, "reservedCpuMHz").fill("4000");
  await wizard.field(0, "limitCpuMHz").fill("4000");
  await expect(wizard.cloudlets(0, "reserved")).toHaveText("= 10 cloudlets");
  const cpu = { ...layer, reservedCloudlets: 10, scalingLimitCloudlets: 16 };
  await expectEstimate(wizard, [cpu], true);

  await wizard.field(0, "nodes").fill("3");
  await expectEstimate(wizard, [{ ...cpu, nodes: 3 }], true);
  await wizard.field(0, "publicIp").check();
  await expectEstimate(wizard, [{ ...cpu, nodes: 3, publicIp: true }], true);

  await wizard.name.fill("e2e-shop");
  await expect(wizard.nameCheck).toHaveText("This name is available.");
  await wizard.submit.click();
  await expect(page.getByRole("heading", { name: "Creating e2e-shop" })).toBeVisible();
  await expect(wizard.progressStatus).toHaveText("Status: Creating");
  await expect(wizard.progressStatus).toHaveText("Status: Running", { timeout: 20_000 });
  await expect(page.getByRole("link", { name: "Open e2e-shop" })).toHaveAttribute(
    "href",
    "/environments/e2e-shop",
  );
});

test("application template: search, filter, estimate and install", async ({ page, loginPage }) => {
  const wizard = await open(page, demoUsers.billing, (e, p) => loginPage.signIn(e, p));
  await wizard.templatesMode();
  await page.getByLabel("Search applications").fill("word");
  await expect(page.getByTestId("app-list").getByRole("radio")).toHaveCount(1);
  await page.getByLabel("Search applications").fill("");
  await page.getByLabel("Category").selectOption("ecommerce");
  await expect(page.getByTestId("apps-count")).toHaveText("2 applications");
  await page.getByLabel("Category").selectOption("");
  await page.getByRole("radio", { name: /WordPress/ }).check();
  const node = { nodes: 1, reservedCloudlets: 1, scalingLimitCloudlets: 8, publicIp: false };
  await expectEstimate(wizard, [node, node], true);
  await page.locator("#app-env-name").fill("e2e-blog");
  await page.getByRole("button", { name: "Install" }).click();
  await expect(wizard.progressStatus).toHaveText("Status: Running", { timeout: 20_000 });
  await expect(page.getByRole("link", { name: "Open e2e-blog" })).toBeVisible();
});

test("taken and invalid names are explained at the name field", async ({ page, loginPage }) => {
  const wizard = await open(page, demoUsers.billing, (e, p) => loginPage.signIn(e, p));
  await wizard.name.fill("bill-shop");
  await expect(wizard.nameError).toHaveText("This name is already taken. Choose another one.");
  await wizard.name.fill("9-lives");
  await expect(wizard.nameError).toContainText("start with a letter");
  await wizard.name.fill("ab");
  await expect(wizard.nameError).toHaveText("The name needs at least 3 characters.");
});

test("a trial account sees its quotas at the fields", async ({ page, loginPage }) => {
  const wizard = await open(page, demoUsers.trial, (e, p) => loginPage.signIn(e, p));
  await expect(page.getByTestId("account-limits")).toContainText("Environments: 1 of 2");
  await wizard.field(0, "publicIp").check();
  await expect(wizard.fieldError("layers.0.publicIp")).toHaveText(
    "Public IP addresses are not available for your account.",
  );
  await wizard.field(0, "publicIp").uncheck();
  await wizard.field(0, "limitRamMiB").fill("2048");
  await expect(wizard.fieldError("layers.0.limit")).toHaveText(
    "Your account allows fewer resources per node.",
  );
  await wizard.field(0, "limitRamMiB").fill("512");
  await wizard.name.fill("tess-two");
  await expect(wizard.nameCheck).toHaveText("This name is available.");
  await wizard.submit.click();
  await expect(wizard.progressStatus).toBeVisible();

  await wizard.goto();
  await expect(wizard.nameError).toHaveText(
    "Your account has reached its maximum number of environments.",
  );
});

test("a platform fault during creation keeps the inputs and says so kindly", async ({
  page,
  loginPage,
  sandbox,
}) => {
  const wizard = await open(page, demoUsers.billing, (e, p) => loginPage.signIn(e, p));
  await wizard.name.fill("e2e-fault");
  await wizard.field(0, "reservedRamMiB").fill("768");
  await wizard.field(0, "limitRamMiB").fill("1024");
  await expect(wizard.nameCheck).toHaveText("This name is available.");
  await sandbox.fault({
    service: "jelastic",
    action: "environment/control/createenvironment",
    status: 500,
  });
  await wizard.submit.click();
  await expect(wizard.formError).toContainText("a service is not answering");
  await expect(wizard.name).toHaveValue("e2e-fault");
  await expect(wizard.field(0, "reservedRamMiB")).toHaveValue("768");
  await expect(wizard.field(0, "limitRamMiB")).toHaveValue("1024");
  await expect(page.locator("body")).not.toContainText(/Internal Server Error|HTTP 500/);
});

test("an empty balance is explained before anything is created, and the inputs stay", async ({
  page,
  loginPage,
  sandbox,
}) => {
  await sandbox.setPlatformBalance(demoUsers.billing.email, 0);
  const wizard = await open(page, demoUsers.billing, (e, p) => loginPage.signIn(e, p));
  await wizard.name.fill("e2e-broke");
  await wizard.field(0, "reservedRamMiB").fill("512");
  await expect(wizard.nameCheck).toHaveText("This name is available.");
  await wizard.submit.click();
  await expect(wizard.formError).toHaveText(
    "Your balance is too low to create an environment. Please refill your balance first.",
  );
  await expect(wizard.name).toHaveValue("e2e-broke");
  await expect(wizard.field(0, "reservedRamMiB")).toHaveValue("512");
  await page.goto("/environments?q=e2e-broke");
  await expect(page.getByRole("link", { name: "e2e-broke" })).toHaveCount(0);
});
