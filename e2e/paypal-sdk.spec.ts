import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { build } from "esbuild";
import { createPayPalClient, type PayPalClient } from "../lib/paypal";
import { paypalBuyers } from "../sandbox/seed-data/paypal-buyers";

/**
 * The stand-in PayPal JS SDK under the REAL `@paypal/paypal-js` loader in Chromium: the sandbox's
 * test-only harness page calls `loadScript({... sdkBaseUrl})`, renders the Buttons and a buyer logs in
 * and approves, or pays as a guest by card. The portal is not involved (it gets its payment pages
 * later); the spec starts its own sandbox process on a free port, so it needs nothing else.
 */
let sandbox: { url: string; process: ChildProcess };
let dataDir: string;
let paypal: PayPalClient;
let n = 0;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "paypal-e2e-"));
  sandbox = await startSandboxProcess(dataDir);
  paypal = createPayPalClient({
    apiUrl: `${sandbox.url}/paypal`,
    clientId: "sandbox_paypal_client_id",
    clientSecret: "sandbox_paypal_client_secret",
  });
});

test.afterAll(async () => {
  const exited = new Promise((resolve) => sandbox.process.once("exit", resolve));
  sandbox.process.kill("SIGTERM");
  await exited;
  rmSync(dataDir, { recursive: true, force: true });
});

/** `npm run sandbox` on free ports; resolves with its URL from the "listening on" line. */
function startSandboxProcess(dir: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn("node_modules/.bin/tsx", ["sandbox/main.ts"], {
    env: { ...process.env, SANDBOX_PORT: "0", SANDBOX_SMTP_PORT: "0", SANDBOX_DATA_DIR: dir },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) resolve({ url, process: child });
    });
    child.once("exit", (code) => reject(new Error(`sandbox exited with ${code}: ${output}`)));
  });
}

async function openHarness(page: Page) {
  await page.goto(`${sandbox.url}/paypal/_harness`);
  await expect(page.getByRole("log", { name: "Events" })).toContainText("loaded");
}

const log = (page: Page) => page.getByRole("log", { name: "Events" });
const checkout = (page: Page) => page.frameLocator('iframe[title="PayPal checkout"]');

/** The order id the harness's createOrder got back from its merchant endpoint. */
async function createdOrderId(page: Page): Promise<string> {
  const entry = log(page)
    .getByText(/^created /)
    .last();
  await expect(entry).toBeVisible();
  return (await entry.textContent())!.replace("created ", "").trim();
}

test("loadScript builds the SDK URL and attributes the stand-in SDK reads", async ({ page }) => {
  await openHarness(page);
  const src = await page.locator('script[src*="/paypal/sdk/js"]').getAttribute("src");
  expect(src).toBe(
    `${sandbox.url}/paypal/sdk/js?client-id=sandbox_paypal_client_id&currency=USD&intent=capture` +
      "&components=buttons&enable-funding=card&disable-funding=venmo,paylater",
  );
  const config = JSON.parse(
    (
      (await log(page)
        .getByText(/^loaded /)
        .textContent()) ?? ""
    ).replace("loaded ", ""),
  ) as Record<string, unknown>;
  expect(config).toMatchObject({
    clientId: "sandbox_paypal_client_id",
    currency: "USD",
    intent: "capture",
    components: ["buttons"],
    disableFunding: ["venmo", "paylater"],
    dataAttributes: {
      "data-page-type": "checkout",
      "data-namespace": "paypal",
      "data-js-sdk-library": "paypal-js",
    },
  });
  await expect(page.getByRole("button", { name: "PayPal", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Debit or Credit Card" })).toBeVisible();
});

test("a sandbox buyer logs in (wrong password first), approves, and the account is saved on capture", async ({
  page,
}) => {
  await openHarness(page);
  await page.getByLabel("Save PayPal for future payments").check();
  await page.getByRole("button", { name: "PayPal", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "PayPal checkout" })).toBeVisible();
  const orderId = await createdOrderId(page);

  const frame = checkout(page);
  await frame.getByLabel("Email").fill(paypalBuyers.buyer.email);
  await frame.getByLabel("Password").fill("not-the-password");
  await frame.getByRole("button", { name: "Log In" }).click();
  await expect(frame.getByRole("alert")).toContainText("Some of your info isn't correct");

  await frame.getByLabel("Email").fill(paypalBuyers.buyer.email);
  await frame.getByLabel("Password").fill(paypalBuyers.buyer.password);
  await frame.getByRole("button", { name: "Log In" }).click();
  await expect(frame.getByText(`Logged in as ${paypalBuyers.buyer.email}`)).toBeVisible();
  await expect(frame.getByText("save PayPal as a payment method")).toBeVisible();
  await frame.getByRole("button", { name: "Pay Now" }).click();

  await expect(log(page)).toContainText(`approved ${orderId} paypal`);
  await expect(page.getByRole("dialog", { name: "PayPal checkout" })).toBeHidden();
  expect((await paypal.getOrder(orderId)).status).toBe("approved");
  const captured = await paypal.captureOrder(orderId, { requestId: `e2e-${Date.now()}-${++n}` });
  expect(captured).toMatchObject({ status: "completed", fundingSource: "paypal" });
  expect(captured.vault?.vaultId).toBeTruthy();
});

test("a guest pays by card: billing information, then card details; a declined card can be replaced", async ({
  page,
}) => {
  await openHarness(page);
  // Asking to save does not matter for a guest card: it is never vaulted.
  await page.getByLabel("Save PayPal for future payments").check();
  await page.getByRole("button", { name: "Debit or Credit Card" }).click();
  const orderId = await createdOrderId(page);

  const frame = checkout(page);
  await expect(frame.getByRole("heading", { name: "Buy as a guest" })).toBeVisible();
  await expect(frame.getByRole("group", { name: "Billing information" })).toBeVisible();
  await frame.getByLabel("First name").fill("Gina");
  await frame.getByLabel("Last name").fill("Guest");
  await frame.getByLabel("Email").fill("gina@example.com");
  await frame.getByLabel("Street address").fill("1 Main St");
  await frame.getByLabel("City").fill("Springfield");
  await frame.getByLabel("Postal code").fill("12345");
  await frame.getByLabel("Country").selectOption("US");
  const card = frame.getByRole("group", { name: "Card details" });
  await card.getByLabel("Card number").fill("4000 0000 0000 0002");
  await card.getByLabel("Expires (MM/YY)").fill("12/30");
  await card.getByLabel("Security code").fill("123");
  await frame.getByRole("button", { name: "Pay Now" }).click();
  await expect(frame.getByRole("alert")).toContainText("Your card was declined");
  await expect(frame.getByLabel("First name")).toHaveValue("Gina");

  await frame.getByLabel("Card number").fill("4242 4242 4242 4242");
  await frame.getByLabel("Expires (MM/YY)").fill("12/30");
  await frame.getByLabel("Security code").fill("123");
  await frame.getByRole("button", { name: "Pay Now" }).click();

  await expect(log(page)).toContainText(`approved ${orderId} card`);
  const order = await paypal.getOrder(orderId);
  expect(order).toMatchObject({ status: "approved", fundingSource: "card" });
  const captured = await paypal.captureOrder(orderId, { requestId: `e2e-${Date.now()}-${++n}` });
  expect(captured).toMatchObject({ status: "completed", vault: null });
});

test("cancelling in the PayPal window calls onCancel and leaves the order unapproved", async ({
  page,
}) => {
  await openHarness(page);
  await page.getByRole("button", { name: "PayPal", exact: true }).click();
  const orderId = await createdOrderId(page);
  await checkout(page).getByRole("button", { name: "Cancel and return to merchant" }).click();
  await expect(log(page)).toContainText(`cancelled ${orderId}`);
  await expect(page.getByRole("dialog", { name: "PayPal checkout" })).toBeHidden();

  // Closing the dialog with its × button (or Escape) cancels too.
  await page.getByRole("button", { name: "PayPal", exact: true }).click();
  const second = await createdOrderId(page);
  expect(second).not.toBe(orderId);
  await page.getByRole("button", { name: "Close PayPal" }).click();
  await expect(log(page)).toContainText(`cancelled ${second}`);
  expect((await paypal.getOrder(second)).status).toBe("created");
});

test("@paypal/react-paypal-js renders its PayPalButtons with the stand-in SDK and gets onApprove", async ({
  page,
}) => {
  const bundle = await build({
    entryPoints: ["e2e/fixtures/paypal-react-harness.tsx"],
    bundle: true,
    write: false,
    format: "iife",
    jsx: "automatic",
    minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]!.text.replace(/<\/script/gi, "<\\/script");
  const settings = JSON.stringify({
    sandboxUrl: sandbox.url,
    clientId: "sandbox_paypal_client_id",
  });
  // Served at the sandbox's origin, like a merchant page that loads PayPal from elsewhere.
  await page.route(`${sandbox.url}/react-harness`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><title>React harness</title></head><body><main><div id="root"></div></main><script>window.harness=${settings}</script><script>${script}</script></body></html>`,
    }),
  );
  await page.goto(`${sandbox.url}/react-harness`);
  const sdk = page.locator('script[src*="/paypal/sdk/js"]');
  await expect(sdk).toHaveAttribute("data-sdk-integration-source", "react-paypal-js");

  await page.getByRole("button", { name: "PayPal", exact: true }).click();
  const orderId = await createdOrderId(page);
  const frame = checkout(page);
  await frame.getByLabel("Email").fill(paypalBuyers.buyer.email);
  await frame.getByLabel("Password").fill(paypalBuyers.buyer.password);
  await frame.getByRole("button", { name: "Log In" }).click();
  await frame.getByRole("button", { name: "Pay Now" }).click();
  await expect(log(page)).toContainText(`approved ${orderId} paypal`);
  expect((await paypal.getOrder(orderId)).status).toBe("approved");
  await expect(log(page)).not.toContainText("error");
});
