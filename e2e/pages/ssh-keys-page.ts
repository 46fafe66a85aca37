import type { Page } from "@playwright/test";

/** Locators of the "SSH Access" page, by role and label first. */
export class SshKeysPage {
  constructor(private readonly page: Page) {}

  get heading() {
    return this.page.getByRole("heading", { level: 1 });
  }
  get title() {
    return this.page.getByLabel("Title", { exact: true });
  }
  get publicKey() {
    return this.page.getByLabel("Public key", { exact: true });
  }
  get submit() {
    return this.page.getByRole("button", { name: "Add SSH key" });
  }
  get keyError() {
    return this.page.locator("#ssh-public-key-error");
  }
  get titleError() {
    return this.page.locator("#ssh-title-error");
  }
  get formError() {
    return this.page.locator("#ssh-add-error");
  }
  get added() {
    return this.page.locator("#ssh-add-status");
  }
  get deleteOutcome() {
    return this.page.locator("#ssh-delete-outcome");
  }
  get rows() {
    return this.page.getByRole("table").getByRole("row");
  }
  get empty() {
    return this.page.getByTestId("ssh-keys-empty");
  }
  row(title: string) {
    return this.page
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: title, exact: true }) });
  }

  async goto() {
    await this.page.goto("/ssh-keys");
  }

  async add(title: string, publicKey: string) {
    await this.title.fill(title);
    await this.publicKey.fill(publicKey);
    await this.submit.click();
  }
}
