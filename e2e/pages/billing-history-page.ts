import type { Page } from "@playwright/test";

/** Locators of the "Billing history" page, by role and label as a user finds them. */
export class BillingHistoryPage {
  constructor(private readonly page: Page) {}

  get heading() {
    return this.page.getByRole("heading", { level: 1 });
  }
  get from() {
    return this.page.getByLabel("From", { exact: true });
  }
  get to() {
    return this.page.getByLabel("To", { exact: true });
  }
  get period() {
    return this.page.getByLabel("Period", { exact: true });
  }
  get environment() {
    return this.page.getByLabel("Environment", { exact: true });
  }
  get show() {
    return this.page.getByRole("button", { name: "Show" });
  }
  get table() {
    return this.page.getByRole("table", { name: "Charges by period" });
  }
  get bodyRows() {
    return this.table.locator("tbody tr");
  }
  get totalsRow() {
    return this.table.locator("tfoot tr");
  }
  get environmentTable() {
    return this.page.getByTestId("environment-table");
  }
  get downloadCsv() {
    return this.page.getByRole("link", { name: "Download CSV" });
  }
  chart(name: string) {
    return this.page.getByRole("img", { name });
  }

  async goto(search = "") {
    await this.page.goto(`/billing/history${search ? `?${search}` : ""}`);
  }

  /** The table as text: header cells, then each body row and the totals row. */
  async tableCells(): Promise<{ header: string[]; rows: string[][]; totals: string[] }> {
    const header = await this.table.locator("thead th").allInnerTexts();
    const rows: string[][] = [];
    for (const row of await this.bodyRows.all())
      rows.push(await row.locator("th, td").allInnerTexts());
    const totals = await this.totalsRow.locator("th, td").allInnerTexts();
    return { header, rows, totals };
  }
}
