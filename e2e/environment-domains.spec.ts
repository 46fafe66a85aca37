import { readFileSync } from "node:fs";
import { join } from "node:path";
import { demoUsers, expect, test } from "./fixtures/test";

const fixture = (name: string) => readFileSync(join("lib/tls/__fixtures__", name), "utf8");

test.describe("Bind external domain and SSL Configuration", () => {
  test.beforeEach(async ({ sandbox, loginPage, page }) => {
    await sandbox.reset();
    await loginPage.signIn(demoUsers.billing.email, demoUsers.billing.password);
    await expect(page.getByTestId("signed-in-email")).toBeVisible();
  });

  test("binds a domain, shows its DNS records, refuses a bad name and removes it", async ({
    page,
  }) => {
    await page.goto("/environments/bill-shop/domains");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bind external domain");
    await expect(page.getByTestId("env-display-name")).toContainText("Shop (production)");
    await expect(page.getByRole("link", { name: "Back to Shop (production)" })).toHaveAttribute(
      "href",
      "/environments/bill-shop",
    );

    const hostname = page.getByLabel("Domain name");
    await hostname.fill("*.example.org");
    await page.getByRole("button", { name: "Bind domain" }).click();
    await expect(page.locator("#bind-domain-error")).toContainText("Wildcard domains");
    await expect(hostname).toHaveValue("*.example.org");

    await hostname.fill("https://new.example.org/");
    await page.getByRole("button", { name: "Bind domain" }).click();
    await expect(page.locator("#bind-domain-error")).toContainText("not a valid domain name");

    await hostname.fill("New.Example.org");
    await page.getByRole("button", { name: "Bind domain" }).click();
    const dns = page.getByTestId("bind-dns");
    await expect(page.locator("#bind-domain-status")).toContainText(
      "new.example.org is now bound to this environment.",
    );
    await expect(dns.getByRole("row", { name: /CNAME/ })).toContainText(
      "bill-shop.fra.sandbox-cloud.test",
    );
    await expect(dns.getByRole("row", { name: /^A / })).toContainText("203.0.113.10");

    const item = page.getByTestId("bound-domain").filter({ hasText: "new.example.org" });
    await expect(item).toContainText("CNAME");
    await item.getByRole("button", { name: "Remove" }).click();
    const confirm = item.getByRole("button", { name: "Yes, remove" });
    await expect(confirm).toBeFocused();
    await confirm.click();
    await expect(item).toHaveCount(0);
    await expect(page.getByTestId("bound-domain")).toHaveCount(2);
  });

  test("uploads a valid certificate, refuses expired and mismatched ones, toggles built-in SSL", async ({
    page,
  }) => {
    await page.goto("/environments/bill-shop/ssl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("SSL Configuration");
    await expect(page.getByTestId("no-certificate")).toBeVisible();

    const certificate = page.getByLabel("Certificate (PEM)");
    const key = page.getByLabel("Private key (PEM)");
    const chain = page.getByLabel("Intermediate chain (PEM, optional)");
    const upload = page.getByRole("button", { name: "Upload certificate" });
    const error = page.locator("#upload-certificate-error");

    await certificate.fill(fixture("expired.pem"));
    await key.fill(fixture("expired.key"));
    await upload.click();
    await expect(error).toHaveText("The certificate has expired. Renew it and upload the new one.");
    await expect(key).toHaveValue("");
    await expect(certificate).toHaveValue(fixture("expired.pem"));

    await certificate.fill(fixture("leaf.pem"));
    await key.fill(fixture("other.key"));
    await upload.click();
    await expect(error).toHaveText("The private key does not belong to this certificate.");
    await expect(key).toHaveValue("");

    await key.fill(fixture("leaf.key"));
    await chain.fill(fixture("intermediate-ca.pem"));
    await upload.click();
    await expect(page.locator("#upload-certificate-status")).toContainText(
      "The certificate for shop.example.com was installed.",
    );
    await expect(page.getByTestId("certificate-subject")).toHaveText("shop.example.com");
    await expect(page.getByTestId("certificate-domains")).toHaveText(
      "shop.example.com, www.shop.example.com",
    );
    await expect(page.getByTestId("certificate-issuer")).toHaveText("Portal Test Issuing CA");
    await expect(page.getByTestId("certificate-expires")).toContainText("2036");

    const toggle = page.getByRole("switch", { name: "Built-in SSL" });
    await expect(toggle).toHaveAttribute("aria-checked", "true");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-checked", "false");
    await expect(page.getByTestId("builtin-ssl-state")).toHaveText("Built-in SSL is disabled.");

    await page.getByRole("button", { name: "Remove certificate" }).click();
    await page.getByRole("button", { name: "Yes, remove" }).click();
    await expect(page.getByTestId("no-certificate")).toBeVisible();
  });
});

test("another user's environment is a 404 on both pages", async ({ page, loginPage, sandbox }) => {
  await sandbox.reset();
  await loginPage.signIn(demoUsers.trial.email, demoUsers.trial.password);
  await expect(page.getByTestId("signed-in-email")).toBeVisible();
  for (const path of ["/environments/bill-shop/domains", "/environments/bill-shop/ssl"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator("body")).not.toContainText("Shop (production)");
  }
});
