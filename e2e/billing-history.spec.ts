import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { BillingHistoryPage } from "./pages/billing-history-page";
import { demoUsers, expect, test } from "./fixtures/test";

const WCAG = ["wcag2a", "wcag2aa", "wcag22aa"];

/** RFC 4180 reader for the downloaded file (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const input = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && input[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

/** "$1,234.56" as shown → "1234.56" as in the CSV. */
const shownToDecimal = (text: string) => text.replace(/[^0-9.-]/g, "");

const dayText = (date: Date) => date.toISOString().slice(0, 10);

/** The last complete calendar month before today (UTC). */
function lastMonth() {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
  return { from: dayText(first), to: dayText(last), days: last.getUTCDate() };
}

test.beforeEach(async ({ loginPage }) => {
  await loginPage.signInAndWait(demoUsers.billing.email, demoUsers.billing.password);
});

test("a month of charges: chart, its table alternative, totals and a CSV matching the table", async ({
  page,
}) => {
  const history = new BillingHistoryPage(page);
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await nav.getByRole("button", { name: "Balance" }).click();
  await nav.getByRole("link", { name: "Billing history", exact: true }).click();
  await expect(history.heading).toHaveText("Billing history");

  const month = lastMonth();
  await history.from.fill(month.from);
  await history.to.fill(month.to);
  await history.show.click();
  await expect(page).toHaveURL(new RegExp(`from=${month.from}&to=${month.to}&period=day`));

  const chart = history.chart("Charges per day");
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/Every figure is in the table below\./);
  await expect(history.bodyRows).toHaveCount(month.days);
  const { header, rows, totals } = await history.tableCells();
  expect(header).toEqual([
    "Period",
    "Reserved cloudlets",
    "Dynamic cloudlets",
    "Storage",
    "Public IPs",
    "SSL",
    "Traffic",
    "Bonus",
    "Main balance",
    "Total",
  ]);
  // Charged every day of the month; bonus first, then main balance.
  expect(rows.every((row) => Number(shownToDecimal(row.at(-1) ?? "")) > 0)).toBe(true);
  expect(Number(shownToDecimal(rows[0]?.at(-3) ?? ""))).toBeGreaterThan(0);
  await expect(page.getByTestId("history-total")).toHaveText(totals.at(-1) ?? "");
  await expect(page.getByTestId("history-bonus")).toHaveText(totals.at(-3) ?? "");
  await expect(page.getByTestId("history-main")).toHaveText(totals.at(-2) ?? "");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    history.downloadCsv.click(),
  ]);
  expect(download.suggestedFilename()).toBe(`billing-history_${month.from}_${month.to}_day.csv`);
  const csv = parseCsv(await readFile((await download.path()) ?? "", "utf8"));
  const [csvHeader, ...csvRows] = csv;
  expect(csvHeader).toEqual([
    "Period",
    "Period start (UTC)",
    "Environment",
    ...header.slice(1),
    "Currency",
  ]);
  expect(csvRows).toHaveLength(rows.length + 1);
  rows.forEach((row, index) => {
    const line = csvRows[index] ?? [];
    expect(line[0]).toBe(row[0]);
    expect(line[2]).toBe("All environments");
    expect(line.slice(3, -1)).toEqual(row.slice(1).map(shownToDecimal));
    expect(line.at(-1)).toBe("USD");
  });
  expect(csvRows.at(-1)?.slice(3, -1)).toEqual(totals.slice(1).map(shownToDecimal));
  expect(csvRows[0]?.[1]).toBe(`${month.from}T00:00:00.000Z`);
});

test("switch period (day, week, month) and show one environment", async ({ page }) => {
  const history = new BillingHistoryPage(page);
  const month = lastMonth();
  await history.goto(`from=${month.from}&to=${month.to}`);
  const allTotal = await page.getByTestId("history-total").innerText();

  await history.period.selectOption({ label: "Week" });
  await history.show.click();
  await expect(history.chart("Charges per week")).toBeVisible();
  await expect(history.bodyRows.first().locator("th")).toHaveText(/^Week of /);
  await expect(page.getByTestId("history-total")).toHaveText(allTotal);

  await history.period.selectOption({ label: "Month" });
  await history.show.click();
  await expect(history.chart("Charges per month")).toBeVisible();
  await expect(history.bodyRows).toHaveCount(1);
  await expect(page.getByTestId("history-total")).toHaveText(allTotal);

  await history.period.selectOption({ label: "Day" });
  await history.environment.selectOption({ label: "Shop (production)" });
  await history.show.click();
  await expect(page).toHaveURL(/env=bill-shop/);
  await expect(page.getByTestId("env-filter-note")).toContainText(
    "Showing Shop (production) only.",
  );
  await expect(history.environmentTable.locator("tbody tr")).toHaveCount(1);
  const shopTotal = await page.getByTestId("history-total").innerText();
  expect(Number(shownToDecimal(shopTotal))).toBeLessThan(Number(shownToDecimal(allTotal)));

  await page.getByRole("link", { name: "Show all environments" }).click();
  await expect(history.environmentTable.locator("tbody tr")).toHaveCount(3);
  await page.getByRole("link", { name: "Show only Team wiki" }).click();
  await expect(page.getByTestId("env-filter-note")).toContainText("Showing Team wiki only.");

  // Another account's environment is not found, on the page and in the export.
  await history.goto("env=tess-hello");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const response = await page.request.get("/billing/history/export?env=tess-hello");
  expect(response.status()).toBe(404);
});

test("an older environment stays in the history after it was removed", async ({ page }) => {
  const history = new BillingHistoryPage(page);
  const from = dayText(new Date(Date.now() - 170 * 86_400_000));
  const to = dayText(new Date(Date.now() - 60 * 86_400_000));
  await history.goto(`from=${from}&to=${to}&period=month`);
  await expect(history.environmentTable).toContainText("Summer promotion");
});

test("runway on the dashboard and on the billing history page", async ({ page }) => {
  await page.goto("/");
  const card = page.getByRole("region", { name: "Runway", exact: true });
  await expect(card.getByTestId("runway")).toHaveText(
    /^Your balance lasts about \d+ days? at your current spend\.$/,
  );
  await expect(card.getByTestId("runway-detail")).toHaveText(
    /^Current spend: about \$\d+\.\d{2} per day, taken from the bonus balance first\.$/,
  );
  await card.getByRole("link", { name: "View billing history" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Billing history");
  await expect(page.getByTestId("runway")).toHaveText(/^Your balance lasts about \d+ days?/);
});

test("billing history is accessible, also with a range error", async ({ page }) => {
  // Two axe scans of a page with a few hundred table cells take a while on a small machine.
  test.slow();
  const history = new BillingHistoryPage(page);
  await history.goto();
  await expect(history.table).toBeVisible();
  const clean = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(clean.violations.map((v) => v.id)).toEqual([]);

  await history.from.fill("2026-11-20");
  await history.to.fill("2026-11-10");
  await history.show.click();
  await expect(page.locator("#history-error")).toHaveText(
    "The start date must be on or before the end date.",
  );
  await expect(history.from).toHaveAttribute("aria-invalid", "true");
  const withError = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(withError.violations.map((v) => v.id)).toEqual([]);
});

test("billing history speaks German", async ({ page }) => {
  await page.getByLabel("Language").selectOption("de");
  await page.getByRole("button", { name: "Apply" }).click();
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await nav.getByRole("button", { name: "Guthaben" }).click();
  await nav.getByRole("link", { name: "Abrechnungsverlauf", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Abrechnungsverlauf");
  await expect(page.getByRole("img", { name: "Kosten pro Tag" })).toBeVisible();
  await expect(page.getByTestId("runway")).toHaveText(/^Bei Ihren aktuellen Ausgaben reicht/);
});
