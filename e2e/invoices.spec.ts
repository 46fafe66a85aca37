import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { invoiceDemoLogins } from "../sandbox/seed-data/invoice-clients";
import { demoUsers, expect, test } from "./fixtures/test";
import { InvoicesPage } from "./pages/invoices-page";

const WCAG = ["wcag2a", "wcag2aa", "wcag22aa"];

async function pdfText(page: Page, trigger: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), trigger()]);
  const bytes = new Uint8Array(await readFile((await download.path()) ?? ""));
  expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return { text, filename: download.suggestedFilename() };
}

test("View invoices lists every kind of financial document, newest first, with a status filter", async ({
  page,
  loginPage,
}) => {
  const invoices = new InvoicesPage(page);
  await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
  await invoices.open();
  await expect(invoices.heading).toHaveText("Invoices");
  await expect(invoices.total).toHaveText("4 documents");
  // Newest first: the November invoice, then August, September is cancelled, July refunded.
  await expect(invoices.rows.locator("th")).toHaveText(["3102", "3103", "3101", "3104"]);
  await expect(invoices.row(/3102/)).toContainText("Overdue");
  await expect(invoices.row(/3102/)).toContainText("$31.00");
  await expect(invoices.row(/3102/)).toContainText("$5.89");
  await expect(invoices.row(/3102/)).toContainText("$36.89");
  await expect(invoices.row(/3104/)).toContainText("Refunded");

  await page.getByLabel("Status").selectOption("paid");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(invoices.total).toHaveText("1 document");
  await expect(invoices.rows.locator("th")).toHaveText(["3101"]);

  await invoices.tab("Orders").click();
  await expect(invoices.tab("Orders")).toHaveAttribute("aria-current", "page");
  await expect(invoices.total).toHaveText("4 documents");
  await expect(invoices.rows.first()).toContainText("Jelastic Cloud - Business commitment");
  await expect(invoices.rows.first()).toContainText("Pending");

  await invoices.tab("Payments").click();
  await expect(invoices.rows).toHaveCount(2);
  await expect(invoices.rows.first()).toContainText("ch_3PqSandbox3101");
  await expect(invoices.rows.first()).toContainText("$59.50");

  await invoices.tab("Adjustments").click();
  await expect(invoices.row(/Credit added/)).toContainText("$12.00");
  await expect(invoices.row(/Refund/)).toContainText("-$23.80");
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test("5,000 invoices are paged 25 at a time", async ({ page, loginPage }) => {
  const invoices = new InvoicesPage(page);
  const { email, password } = invoiceDemoLogins.bulk;
  await loginPage.signInAndWait(email, password);
  await page.goto("/invoices");
  await expect(invoices.total).toHaveText("5,000 documents");
  await expect(invoices.rows).toHaveCount(25);
  await expect(invoices.rows.first().locator("th")).toHaveText("BULK-200001");
  await expect(page.getByText("Page 1 of 200")).toBeVisible();
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page.getByText("Page 2 of 200")).toBeVisible();
  await expect(invoices.rows.first().locator("th")).toHaveText("BULK-200026");
  await page.goto("/invoices?page=200");
  await expect(invoices.rows.last().locator("th")).toHaveText("BULK-205000");
});

test("an invoice shows items, tax, transactions and balance due, and downloads as a PDF", async ({
  page,
  context,
  loginPage,
}) => {
  await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
  await page.goto("/invoices");
  await page.getByRole("link", { name: "Invoice 3104" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invoice 3104");
  await expect(page.getByRole("row", { name: /Custom SSL certificate/ })).toContainText("$20.00");
  await expect(page.getByRole("row", { name: /Tax 19 %/ })).toContainText("$3.80");
  await expect(page.getByTestId("invoice-total")).toContainText("$23.80");
  // Invoice 3104 is paid (and partly refunded): nothing to pay here.
  await expect(page.getByRole("heading", { name: "Pay invoice" })).toHaveCount(0);
  const transactions = page.getByRole("region", { name: "Transactions" });
  const payment = transactions.getByRole("row").filter({ hasText: "ch_3PqSandbox3104" });
  await expect(payment).toContainText("Payment");
  await expect(payment).toContainText("$23.80");
  const refund = transactions.getByRole("row").filter({ hasText: "re_3PqSandbox3104" });
  await expect(refund).toContainText("Refund");
  await expect(refund).toContainText("-$23.80");
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.goto("/invoices/3102");
  await expect(page.getByText("No payments have been recorded for this invoice.")).toBeVisible();
  await expect(page.getByTestId("balance-due")).toContainText("$36.89");
  // An unpaid invoice can be paid here (the payment itself is tested in refill.spec and
  // card-invoice.spec); the paid 3104 above could not.
  await expect(page.getByRole("heading", { name: "Pay invoice" })).toBeVisible();
  const pdf = await pdfText(page, () => page.getByRole("link", { name: "Download PDF" }).click());
  expect(pdf.filename).toBe("invoice-3102.pdf");
  expect(pdf.text).toContain("3102");
  expect(pdf.text).toContain("$36.89");
  expect(pdf.text).toContain("Friedrichstraße 123");

  const [panel] = await Promise.all([
    context.waitForEvent("page"),
    page.getByRole("button", { name: /View in the billing panel/ }).click(),
  ]);
  await expect(panel.getByTestId("whmcs-user")).toContainText(demoUsers.billing.email);
  await expect(panel.getByTestId("whmcs-invoice")).toContainText("Invoice #3102");
});

test("another account's invoice is a 404, also as a PDF and through single sign-on", async ({
  page,
  loginPage,
}) => {
  await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
  // 3105 belongs to the WHMCS-only demo client.
  const response = await page.goto("/invoices/3105");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  expect((await page.request.get("/invoices/3105/pdf")).status()).toBe(404);
  expect((await page.request.get("/invoices/not-a-number/pdf")).status()).toBe(404);
  const sso = await page.request.post("/sso/invoice", {
    form: { invoiceId: "3105" },
    maxRedirects: 0,
  });
  expect(sso.headers()["location"]).toMatch(/\/sso-failed$/);
});

test("the PDF of a Korean-won invoice to an Arabic company keeps its number, ₩ total and text", async ({
  page,
  loginPage,
}) => {
  const { email, password } = invoiceDemoLogins.arabic;
  await loginPage.signInAndWait(email, password);
  await page.goto("/invoices/53302");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invoice AE-1101");
  const pdf = await pdfText(page, () => page.getByRole("link", { name: "Download PDF" }).click());
  expect(pdf.text).toContain("AE-1101");
  expect(pdf.text).toContain("₩435,000");
});
