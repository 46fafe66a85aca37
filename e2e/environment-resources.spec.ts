import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { estimateCost, parsePricingModel, type Layer } from "../lib/billing/estimate";
import { formatMoney, type Money } from "../lib/billing/money";
import { demoUsers, expect, test } from "./fixtures/test";

/** The same fixture the sandbox serves as its pricing model. */
const pricing = parsePricingModel(
  JSON.parse(readFileSync("lib/billing/estimate/__fixtures__/pricing-model.json", "utf8")),
);
if (!pricing.ok) throw new Error(pricing.message);
const model = pricing.model;

const monthly = (layers: Layer[]) =>
  estimateCost(model, { layers, storageGB: 0, ssl: false }, "USD").monthly;
const signed = (m: Money) => `${m.amountMinor > 0 ? "+" : ""}${formatMoney(m, "en")}`;
const minus = (a: Money, b: Money): Money => ({ ...a, amountMinor: a.amountMinor - b.amountMinor });

/** bill-staging as seeded: cp 1 node 1→6 cloudlets, sqldb 1 node 2→8, no IPs, no SSL. */
const sqldb: Layer = { nodes: 1, reservedCloudlets: 2, scalingLimitCloudlets: 8, publicIp: false };
const cpBefore: Layer = {
  nodes: 1,
  reservedCloudlets: 1,
  scalingLimitCloudlets: 6,
  publicIp: false,
};

async function expectCost(page: Page, cp: Layer) {
  const before = monthly([cpBefore, sqldb]);
  const after = monthly([cp, sqldb]);
  for (const bound of ["min", "max"] as const) {
    await expect(page.getByTestId(`cost-before-${bound}`)).toHaveText(
      formatMoney(before[bound], "en"),
    );
    await expect(page.getByTestId(`cost-after-${bound}`)).toHaveText(
      formatMoney(after[bound], "en"),
    );
    await expect(page.getByTestId(`cost-difference-${bound}`)).toHaveText(
      signed(minus(after[bound], before[bound])),
    );
  }
}

test.describe("Change resources", () => {
  test.beforeEach(async ({ sandbox }) => {
    await sandbox.reset();
  });
  test.afterEach(async ({ sandbox }) => {
    await sandbox.reset();
  });

  test("changes a layer with a live cost before → after, confirms, shows the new values", async ({
    page,
    loginPage,
  }) => {
    await loginPage.signIn(demoUsers.billing.email, demoUsers.billing.password);
    await expect(page.getByTestId("signed-in-email")).toBeVisible();
    await page.goto("/environments/bill-staging");
    await page.getByRole("link", { name: "Change resources" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change resources");

    await expect(page.getByLabel("Layer")).toHaveValue("cp");
    await expect(page.getByTestId("res-reserved-cloudlets")).toHaveText("1 cloudlet");
    await expect(page.getByTestId("res-limit-cloudlets")).toHaveText("6 cloudlets");
    await expectCost(page, cpBefore);
    await expect(page.getByTestId("cost-difference-min")).toHaveText("$0.00");

    await page.getByLabel("Node count").fill("2");
    await expectCost(page, { ...cpBefore, nodes: 2 });
    await page.locator("#res-reservedRamMiB").fill("256");
    await page.locator("#res-reservedCpuMHz").fill("800");
    await expect(page.getByTestId("res-reserved-cloudlets")).toHaveText("2 cloudlets");
    await page.locator("#res-limitRamMiB").fill("1024");
    await page.locator("#res-limitCpuMHz").fill("3000");
    await expect(page.getByTestId("res-limit-cloudlets")).toHaveText("8 cloudlets");
    await page.getByLabel("Public IPv4 address").check();
    const cp: Layer = { nodes: 2, reservedCloudlets: 2, scalingLimitCloudlets: 8, publicIp: true };
    await expectCost(page, cp);

    await page.getByRole("button", { name: "Review changes" }).click();
    await expect(page.getByRole("heading", { name: "Apply these changes?" })).toBeFocused();
    await expect(page.getByTestId("confirm-summary")).toContainText("2 nodes, 2 reserved");
    await page.getByRole("button", { name: "Apply changes" }).click();
    await expect(page.getByTestId("resources-success")).toContainText("have been changed");
    // The page re-reads the environment: "now" is the new topology.
    await expect(page.getByTestId("cost-before-max")).toHaveText(
      formatMoney(monthly([cp, sqldb]).max, "en"),
    );

    await page.getByRole("link", { name: "Back to Staging" }).first().click();
    const row = page.getByRole("row", { name: /^cp/ });
    await expect(row).toContainText("256");
    await expect(row).toContainText("(8)");
    await expect(row.getByRole("cell").nth(1)).toHaveText("2");
    await expect(row).toContainText("203.0.113.");
  });

  test("a trial quota refusal is shown at the field and nothing changes", async ({
    page,
    loginPage,
  }) => {
    await loginPage.signIn(demoUsers.trial.email, demoUsers.trial.password);
    await expect(page.getByTestId("signed-in-email")).toBeVisible();
    await page.goto("/environments/tess-hello/resources");

    await page.getByLabel("Public IPv4 address").check();
    await page.getByRole("button", { name: "Review changes" }).click();
    await page.getByRole("button", { name: "Apply changes" }).click();
    await expect(page.getByTestId("error-publicIp")).toHaveText(
      "Public IP addresses are not available for your account.",
    );
    await expect(page.getByLabel("Public IPv4 address")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Public IPv4 address").uncheck();
    await page.locator("#res-limitRamMiB").fill("1152");
    await expect(page.getByTestId("res-limit-cloudlets")).toHaveText("9 cloudlets");
    await page.getByRole("button", { name: "Review changes" }).click();
    await page.getByRole("button", { name: "Apply changes" }).click();
    await expect(page.getByTestId("error-limit")).toContainText("fewer cloudlets per node");

    await page.locator("#res-limitRamMiB").fill("100");
    await page.getByRole("button", { name: "Review changes" }).click();
    await expect(page.getByTestId("error-limit")).toContainText("cannot be below the reserved");
  });

  test("another user's environment is not found", async ({ page, loginPage }) => {
    await loginPage.signIn(demoUsers.trial.email, demoUsers.trial.password);
    await expect(page.getByTestId("signed-in-email")).toBeVisible();
    const response = await page.goto("/environments/bill-staging/resources");
    expect(response?.status()).toBe(404);
  });
});
