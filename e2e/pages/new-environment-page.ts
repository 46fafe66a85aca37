import type { Page } from "@playwright/test";

/** Locators of "Add a new environment"; inputs by id because each layer repeats its labels. */
export class NewEnvironmentPage {
  constructor(private readonly page: Page) {}

  goto() {
    return this.page.goto("/environments/new");
  }
  get name() {
    return this.page.locator("#env-name");
  }
  get nameError() {
    return this.page.getByTestId("error-name");
  }
  get nameCheck() {
    return this.page.getByTestId("name-check").first();
  }
  field(layer: number, field: string) {
    return this.page.locator(`#layer-${layer}-${field}`);
  }
  cloudlets(layer: number, which: "reserved" | "limit") {
    return this.page.getByTestId(`layer-${layer}-${which}-cloudlets`);
  }
  fieldError(path: string) {
    return this.page.getByTestId(`error-${path.replaceAll(".", "-")}`);
  }
  estimate(period: "monthly" | "daily" | "hourly", bound: "min" | "max") {
    return this.page.getByTestId(`estimate-${period}-${bound}`);
  }
  get submit() {
    return this.page.getByRole("button", { name: "Create environment" });
  }
  get formError() {
    return this.page.locator("#new-env-error");
  }
  get progressStatus() {
    return this.page.getByTestId("creation-status");
  }
  templatesMode() {
    return this.page.getByText("Application templates", { exact: true }).click();
  }
}
