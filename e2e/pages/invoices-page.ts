import type { Page } from "@playwright/test";

/** Locators of "View invoices" and the invoice page, by role and label. */
export class InvoicesPage {
  constructor(private readonly page: Page) {}

  get heading() {
    return this.page.getByRole("heading", { level: 1 });
  }
  get total() {
    return this.page.getByTestId("documents-total");
  }
  get rows() {
    return this.page.locator("tbody tr");
  }
  tab(name: string) {
    return this.page.getByRole("navigation", { name: "Document type" }).getByRole("link", { name });
  }
  row(text: string | RegExp) {
    return this.page.getByRole("row", { name: text });
  }

  /** Through the header: Balance → View invoices (the hoster manual's path). */
  async open() {
    const nav = this.page.getByRole("navigation", { name: "Main navigation" });
    await nav.getByRole("button", { name: "Balance" }).click();
    await nav.getByRole("link", { name: "View invoices" }).click();
  }
}
