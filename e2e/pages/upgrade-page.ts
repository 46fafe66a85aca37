import type { Page } from "@playwright/test";

/** Locators of "Upgrade trial account", by role and label as a user finds them. */
export class UpgradePage {
  constructor(private readonly page: Page) {}

  async open(query = "") {
    await this.page.goto(`/billing/upgrade${query}`);
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1 });
  }
  get currentStep() {
    return this.page
      .getByRole("navigation", { name: "Upgrade steps" })
      .locator('[aria-current="step"]');
  }
  field(label: string | RegExp) {
    return this.page.getByLabel(label, { exact: typeof label === "string" });
  }
  get country() {
    return this.page.getByRole("combobox", { name: /^Country/ });
  }
  get terms() {
    return this.page.getByRole("checkbox", { name: /I accept the Terms of Service/ });
  }
  get termsLink() {
    return this.page.getByRole("link", { name: /Terms of Service/ });
  }
  get submit() {
    return this.page.getByRole("button", { name: "Continue" });
  }
  get errorSummary() {
    return this.page.getByRole("alert").filter({ hasText: "There is a problem" });
  }
  get outcome() {
    return this.page.locator("#upgrade-outcome");
  }

  /** Fills every required field the way a keyboard user types them. */
  async fillDetails(values: {
    firstName: string;
    lastName: string;
    address: string;
    city: string;
    state: string;
    postcode: string;
    country: string;
    phone: string;
  }) {
    await this.field(/^First name/).fill(values.firstName);
    await this.field(/^Last name/).fill(values.lastName);
    await this.field(/^Street address/).fill(values.address);
    await this.field(/^City/).fill(values.city);
    await this.field(/^State or region/).fill(values.state);
    await this.field(/^Postcode/).fill(values.postcode);
    await this.country.selectOption({ label: values.country });
    await this.field(/^Phone number/).fill(values.phone);
  }
}
