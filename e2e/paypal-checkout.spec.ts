import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { build } from "esbuild";
import type { ProviderAttempt, ProviderOutcome } from "../lib/payments/provider";
import { createPayPalProvider } from "../lib/payments/providers/paypal";
import { createPayPalClient } from "../lib/paypal";
import config, { PORTAL_URL, SANDBOX_URL } from "../playwright.config";
import { paypalBuyers } from "../sandbox/seed-data/paypal-buyers";

/**
 * The PayPal buttons component (components/payments/paypal-checkout.tsx) in Chromium, at the
 * portal's origin under the portal's real Content-Security-Policy, with the stack's stand-in PayPal
 * SDK. Its server actions are Playwright bindings running the real PayPal provider against the
 * stack's sandbox, so "saved" means PayPal's Vault API lists the token.
 *
 * The page is fulfilled by Playwright (the refill page that hosts the component is built
 * elsewhere), so Chromium cannot tell it came from the loopback portal and would block its
 * requests to the loopback sandbox (Local Network Access): that check alone is off for this file.
 */
test.use({
  launchOptions: {
    ...config.use?.launchOptions,
    args: [
      ...(config.use?.launchOptions?.args ?? []),
      "--disable-features=LocalNetworkAccessChecks",
    ],
  },
});

const WCAG = ["wcag2a", "wcag2aa", "wcag22aa"];
const HOSTER = "Acme Cloud";
const SAVE_LABEL = `I'd like to use PayPal for future payments to ${HOSTER}`;
const GUEST_REASON = "Auto-refill is not available for guest payments";

const paypal = createPayPalClient({
  apiUrl: `${SANDBOX_URL}/paypal`,
  clientId: "sandbox_paypal_client_id",
  clientSecret: "sandbox_paypal_client_secret",
});
const provider = createPayPalProvider({ paypal });
let bundle: string;
let n = 0;

test.beforeAll(async () => {
  const built = await build({
    entryPoints: ["e2e/fixtures/paypal-checkout-harness.tsx"],
    bundle: true,
    write: false,
    format: "iife",
    jsx: "automatic",
    minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  bundle = built.outputFiles[0]!.text.replace(/<\/script/gi, "<\\/script");
});

type Session = {
  inputs: { saveMethod: boolean; fundingSource: string }[];
  attempt: ProviderAttempt | null;
  outcome: ProviderOutcome | null;
  violations: string[];
};

/** Serves the harness with the portal's CSP; the bindings create and capture real orders. */
async function openCheckout(page: Page, locale: "en" | "de" = "en"): Promise<Session> {
  const session: Session = { inputs: [], attempt: null, outcome: null, violations: [] };
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) session.violations.push(message.text());
  });
  const csp = (await page.request.get(`${PORTAL_URL}/login`)).headers()["content-security-policy"];
  const nonce = /'nonce-([^']+)'/.exec(csp ?? "")?.[1] ?? "";
  expect(nonce).not.toBe("");
  await page.exposeFunction(
    "paypalCreateOrder",
    async (input: { saveMethod: boolean; fundingSource: string }) => {
      session.inputs.push(input);
      // What confirmPayment does: the attempt, with the buyer's choice, goes to provider.start.
      const attempt = newAttempt(input.saveMethod);
      const outcome = await provider.start(attempt);
      if (outcome.kind !== "pending") throw new Error(`unexpected ${outcome.kind}`);
      session.attempt = { ...attempt, providerRef: outcome.providerRef };
      return outcome.providerRef;
    },
  );
  await page.exposeFunction("paypalApprove", async () => {
    // What the return page / webhook does: settle → provider.confirm captures.
    session.outcome = await provider.confirm(session.attempt!);
    return session.outcome.kind;
  });
  const settings = JSON.stringify({
    hosterName: HOSTER,
    offerSave: true,
    locale,
    sdk: {
      clientId: "sandbox_paypal_client_id",
      sdkBaseUrl: `${SANDBOX_URL}/paypal/sdk/js`,
      currency: "USD",
      cspNonce: nonce,
    },
  });
  await page.route(`${PORTAL_URL}/paypal-checkout-probe`, (route) =>
    route.fulfill({
      contentType: "text/html",
      headers: { "content-security-policy": csp ?? "" },
      body: `<!doctype html><html lang="${locale}"><head><title>PayPal checkout</title></head><body><div id="root"></div><script nonce="${nonce}">window.paypalCheckout=${settings}</script><script nonce="${nonce}">${bundle}</script></body></html>`,
    }),
  );
  await page.goto(`${PORTAL_URL}/paypal-checkout-probe`);
  return session;
}

function newAttempt(saveMethod: boolean): ProviderAttempt {
  const id = `e2e-${Date.now()}-${++n}`;
  return {
    paymentId: id,
    accountId: "e2e-account",
    idempotencyKey: `paypal-checkout-${id}`,
    purpose: "refill",
    method: "paypal",
    currency: "USD",
    amountMinor: 1_000,
    totalMinor: 1_190,
    whmcsClientId: 501,
    whmcsInvoiceId: 0,
    providerRef: null,
    savedTokenId: null,
    saveMethod,
    offSession: false,
    accountEmail: "billing@demo.test",
    returnUrl: `${PORTAL_URL}/billing/payments/${id}`,
    cancelUrl: `${PORTAL_URL}/billing/payments/${id}/cancel`,
  };
}

const log = (page: Page) => page.getByRole("log", { name: "Events" });
const checkout = (page: Page) => page.frameLocator('iframe[title="PayPal checkout"]');
const paypalButton = (page: Page) => page.getByRole("button", { name: "PayPal", exact: true });
const cardButton = (page: Page) => page.getByRole("button", { name: "Debit or Credit Card" });

test("a PayPal buyer who ticks “future payments” pays, and PayPal's Vault API lists the saved account", async ({
  page,
}) => {
  const session = await openCheckout(page);
  const save = page.getByRole("checkbox", { name: SAVE_LABEL });
  await expect(paypalButton(page)).toBeVisible();
  await expect(save).toBeEnabled();
  await expect(save).toHaveAccessibleDescription(/Needed for auto-refill/);
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await save.check();
  await paypalButton(page).click();
  const frame = checkout(page);
  await frame.getByLabel("Email").fill(paypalBuyers.buyer.email);
  await frame.getByLabel("Password").fill(paypalBuyers.buyer.password);
  await frame.getByRole("button", { name: "Log In" }).click();
  await expect(frame.getByText("save PayPal as a payment method")).toBeVisible();
  await frame.getByRole("button", { name: "Pay Now" }).click();

  await expect(log(page)).toContainText("approved captured");
  expect(session.inputs).toEqual([{ saveMethod: true, fundingSource: "paypal" }]);
  const outcome = session.outcome as Extract<ProviderOutcome, { kind: "captured" }>;
  expect(outcome.savedMethod).toMatchObject({
    kind: "paypal",
    display: { email: paypalBuyers.buyer.email },
  });
  const tokens = await paypal.listPaymentTokens(outcome.savedMethod!.customerId!);
  expect(tokens.map((t) => t.vaultId)).toContain(outcome.savedMethod!.providerTokenId);
  expect(session.violations).toEqual([]);
});

test("“Debit or Credit Card” (buy as a guest): the box is unticked and disabled with the reason, nothing is saved", async ({
  page,
}) => {
  const session = await openCheckout(page);
  const save = page.getByRole("checkbox", { name: SAVE_LABEL });
  await save.check();
  await cardButton(page).click();
  await expect(save).toBeDisabled();
  await expect(save).not.toBeChecked();
  await expect(save).toHaveAccessibleDescription(new RegExp(`^${GUEST_REASON}`));
  await expect(page.getByText(GUEST_REASON)).toBeVisible();

  const frame = checkout(page);
  await expect(frame.getByRole("heading", { name: "Buy as a guest" })).toBeVisible();
  await frame.getByLabel("First name").fill("Gina");
  await frame.getByLabel("Last name").fill("Guest");
  await frame.getByLabel("Email").fill("gina@example.com");
  await frame.getByLabel("Street address").fill("1 Main St");
  await frame.getByLabel("City").fill("Springfield");
  await frame.getByLabel("Postal code").fill("12345");
  await frame.getByLabel("Card number").fill("4242 4242 4242 4242");
  await frame.getByLabel("Expires (MM/YY)").fill("12/30");
  await frame.getByLabel("Security code").fill("123");
  await frame.getByRole("button", { name: "Pay Now" }).click();

  await expect(log(page)).toContainText("approved captured");
  expect(session.inputs).toEqual([{ saveMethod: false, fundingSource: "card" }]);
  expect(session.outcome).not.toHaveProperty("savedMethod");
  const order = await paypal.getOrder(session.attempt!.providerRef!);
  expect(order).toMatchObject({ status: "completed", fundingSource: "card", vault: null });
  expect(session.violations).toEqual([]);
});

test("cancelling in the PayPal window, by keyboard: onCancel, the order stays unapproved, the box is usable again", async ({
  page,
}) => {
  const session = await openCheckout(page);
  const save = page.getByRole("checkbox", { name: SAVE_LABEL });
  await save.focus();
  await page.keyboard.press("Space");
  await expect(save).toBeChecked();

  // Guest first, then cancelled: the buyer's own choice comes back for the PayPal button.
  await cardButton(page).focus();
  await page.keyboard.press("Enter");
  await expect(save).toBeDisabled();
  await checkout(page).getByRole("button", { name: "Cancel and return to merchant" }).click();
  await expect(log(page)).toContainText("cancelled");
  await expect(page.getByRole("dialog", { name: "PayPal checkout" })).toBeHidden();
  await expect(save).toBeEnabled();
  await expect(save).toBeChecked();
  await expect(page.getByText(GUEST_REASON)).toBeHidden();

  await paypalButton(page).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "PayPal checkout" })).toBeVisible();
  await page.getByRole("button", { name: "Close PayPal" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "PayPal checkout" })).toBeHidden();
  await expect(log(page).getByText("cancelled")).toHaveCount(2);
  // Focus goes back to the button that opened PayPal.
  await expect(paypalButton(page)).toBeFocused();

  expect(session.inputs).toEqual([
    { saveMethod: false, fundingSource: "card" },
    { saveMethod: true, fundingSource: "paypal" },
  ]);
  expect((await paypal.getOrder(session.attempt!.providerRef!)).status).toBe(
    "payer_action_required",
  );
  expect(session.outcome).toBeNull();
});

test("German: the checkbox and the guest reason are translated", async ({ page }) => {
  await openCheckout(page, "de");
  const save = page.getByRole("checkbox", {
    name: `Ich möchte PayPal für künftige Zahlungen an ${HOSTER} verwenden`,
  });
  await expect(save).toBeVisible();
  await cardButton(page).click();
  await expect(save).toHaveAccessibleDescription(
    /^Die automatische Aufladung ist bei Zahlungen als Gast nicht verfügbar/,
  );
  await checkout(page).getByRole("button", { name: "Cancel and return to merchant" }).click();
  await expect(log(page)).toContainText("cancelled");
});
