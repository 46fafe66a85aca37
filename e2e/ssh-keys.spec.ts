import { generateKeyPairSync } from "node:crypto";
import type { Page } from "@playwright/test";
import { parsePublicKey } from "../lib/ssh";
import { toOpenSshLine } from "../lib/ssh/testing/openssh";
import { demoUsers, expect, test } from "./fixtures/test";
import { SshKeysPage } from "./pages/ssh-keys-page";

/** The seeded "Laptop" key of the billing user, as `ssh-keygen -lf` prints it. */
const LAPTOP_FINGERPRINT = "SHA256:nSdByzqXA9Y4P9rWBAU47jfVQ3xw5Krihwyx4uMVbvw";

function fingerprintOf(line: string): string {
  const parsed = parsePublicKey(line);
  if (!parsed.ok) throw new Error(`test key did not parse: ${parsed.reason}`);
  return parsed.key.fingerprint;
}

type SignIn = { signIn(email: string, password: string): Promise<void> };

/** Signs in, waits for the shell (the session cookie is set by then) and follows the nav link. */
async function openAs(page: Page, loginPage: SignIn, user: { email: string; password: string }) {
  await loginPage.signIn(user.email, user.password);
  await expect(page.getByTestId("signed-in-email")).toHaveText(user.email);
  await page.getByRole("link", { name: "SSH Access" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("SSH Access");
  return new SshKeysPage(page);
}

test.describe("SSH Access", () => {
  // Keys added by one test must not show up in the next.
  test.beforeEach(async ({ sandbox }) => sandbox.reset());

  test("add a key, see its fingerprint; the same key again is a duplicate", async ({
    page,
    loginPage,
  }) => {
    const ssh = await openAs(page, loginPage, demoUsers.billing);
    await expect(ssh.row("Laptop")).toContainText(LAPTOP_FINGERPRINT);
    await expect(ssh.row("CI runner")).toContainText("ssh-rsa (3072 bits)");

    const line = toOpenSshLine(generateKeyPairSync("ed25519").publicKey, "bill@desk");
    const fingerprint = fingerprintOf(line);
    await ssh.add("Desk", line);
    await expect(ssh.added).toContainText(
      `The SSH key “Desk” was added. Fingerprint: ${fingerprint}`,
    );
    await expect(ssh.row("Desk")).toContainText(fingerprint);
    await expect(ssh.row("Desk")).toContainText("ssh-ed25519 (256 bits)");
    await expect(ssh.publicKey).toHaveValue("");

    await ssh.add("Desk again", line.replace("bill@desk", "another comment"));
    await expect(ssh.keyError).toHaveText("This key is already on your account.");
    await expect(ssh.publicKey).toHaveAttribute("aria-describedby", /ssh-public-key-error/);
    await expect(ssh.publicKey).toHaveValue(line.replace("bill@desk", "another comment"));
    await expect(ssh.row("Desk again")).toHaveCount(0);
  });

  test("a pasted private key is refused precisely, not echoed back, and nothing is added", async ({
    page,
    loginPage,
  }) => {
    const ssh = await openAs(page, loginPage, demoUsers.billing);
    await expect(ssh.rows).toHaveCount(3);
    const { privateKey } = generateKeyPairSync("ed25519");
    const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    await ssh.add("Oops", pem);
    await expect(ssh.keyError).toContainText("This is a private key. Never share it");
    await expect(ssh.publicKey).toHaveValue("");
    await expect(ssh.title).toHaveValue("Oops");
    await expect(page.locator("body")).not.toContainText("PRIVATE KEY");
    await page.reload();
    await expect(ssh.rows).toHaveCount(3);
  });

  test("an RSA key under 2048 bits is refused", async ({ page, loginPage }) => {
    const ssh = await openAs(page, loginPage, demoUsers.billing);
    const { publicKey } = generateKeyPairSync("rsa", { modulusLength: 1024 });
    const line = toOpenSshLine(publicKey, "old@box");
    await ssh.add("Old box", line);
    await expect(ssh.keyError).toHaveText(
      "This RSA key is too short. Use at least 2048 bits (better: an Ed25519 key).",
    );
    await expect(ssh.publicKey).toHaveValue(line);
    await expect(ssh.row("Old box")).toHaveCount(0);
  });

  test("delete asks for confirmation first", async ({ page, loginPage }) => {
    const ssh = await openAs(page, loginPage, demoUsers.billing);
    await page.getByRole("button", { name: "Delete Laptop" }).click();
    const confirm = page.getByRole("button", { name: "Confirm delete of Laptop" });
    await expect(confirm).toBeFocused();
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("button", { name: "Delete Laptop" })).toBeFocused();
    await expect(ssh.row("Laptop")).toBeVisible();

    await page.getByRole("button", { name: "Delete Laptop" }).click();
    await confirm.click();
    await expect(ssh.deleteOutcome).toHaveText("The SSH key “Laptop” was deleted.");
    await expect(ssh.row("Laptop")).toHaveCount(0);
    await expect(ssh.row("CI runner")).toBeVisible();
    await page.reload();
    await expect(ssh.row("Laptop")).toHaveCount(0);
  });

  test("the trial user sees none of the billing user's keys", async ({ page, loginPage }) => {
    const ssh = await openAs(page, loginPage, demoUsers.trial);
    await expect(ssh.empty).toHaveText("You have not added any SSH keys yet.");
    await expect(page.locator("body")).not.toContainText(LAPTOP_FINGERPRINT);
    await expect(page.getByRole("rowheader", { name: "Laptop" })).toHaveCount(0);
  });

  test("platform down while adding: friendly message, the typed key stays", async ({
    page,
    loginPage,
    sandbox,
  }) => {
    const ssh = await openAs(page, loginPage, demoUsers.billing);
    await sandbox.fault({ service: "jelastic", action: "users/account/addsshkey", status: 500 });
    const line = toOpenSshLine(generateKeyPairSync("ed25519").publicKey, "bill@tablet");
    await ssh.add("Tablet", line);
    await expect(ssh.formError).toHaveText(
      "The platform is not answering right now, so nothing was changed. Please try again in a minute.",
    );
    await expect(ssh.publicKey).toHaveValue(line);
    await expect(ssh.title).toHaveValue("Tablet");
    await expect(page.locator("body")).not.toContainText(/Internal Server Error|HTTP 500/);
    await expect(ssh.row("Tablet")).toHaveCount(0);
  });
});
