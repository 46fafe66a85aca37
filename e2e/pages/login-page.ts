import type { Page } from "@playwright/test";

/** Locators of the sign-in page, by role and label as a user finds them. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  get email() {
    return this.page.getByLabel(/^(Email|E-Mail)$/);
  }
  get password() {
    return this.page.getByLabel(/^(Password|Passwort)$/);
  }
  get submit() {
    return this.page.getByRole("button", { name: /^(Sign in|Anmelden)$/ });
  }
  get error() {
    return this.page.locator("#login-error");
  }

  async goto() {
    await this.page.goto("/login");
  }

  /** Signs in and waits until the portal shell shows the account (the session cookie is set). */
  async signInAndWait(email: string, password: string) {
    await this.signIn(email, password);
    await this.page.getByTestId("signed-in-email").waitFor();
  }

  async signIn(email: string, password: string) {
    await this.goto();
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
