import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext } from "@playwright/test";
import { SANDBOX_URL } from "../playwright.config";
import { expect, test } from "./fixtures/test";
import { StripeCheckoutPage } from "./pages/stripe-checkout-page";

/**
 * The sandbox's stand-in for Stripe's hosted Checkout page in a real browser (no portal page
 * needed): the buyer types a test card, passes or fails 3-D Secure, sees declines, and lands on
 * `success_url`. The session is made with Stripe's own form encoding, as the SDK sends it.
 */
const WCAG = ["wcag2a", "wcag2aa", "wcag22aa"];
const AUTH = { authorization: "Bearer sk_test_sandbox" };

async function newSession(request: APIRequestContext, amount = 2500) {
  const response = await request.post(`${SANDBOX_URL}/v1/checkout/sessions`, {
    headers: AUTH,
    form: {
      mode: "payment",
      "line_items[0][quantity]": "1",
      "line_items[0][price_data][currency]": "usd",
      "line_items[0][price_data][unit_amount]": String(amount),
      "line_items[0][price_data][product_data][name]": "Account credit",
      customer_email: "buyer@example.test",
      success_url: `${SANDBOX_URL}/?paid={CHECKOUT_SESSION_ID}`,
      cancel_url: `${SANDBOX_URL}/?cancelled=1`,
    },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as { id: string; url: string };
}

test("pays with 4242 on the hosted page and lands on success_url; the page passes axe", async ({
  page,
  request,
}) => {
  const session = await newSession(request);
  await page.goto(session.url);
  await expect(page.getByRole("heading", { name: "Pay Demo Cloud" })).toBeVisible();
  await expect(page.getByTestId("checkout-amount")).toHaveText("$25.00");
  expect(
    (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id),
  ).toEqual([]);

  // An incomplete form: errors next to the fields, focus on the first one, still accessible.
  await page.getByRole("button", { name: "Pay $25.00" }).click();
  await expect(page.getByText("Your card number is incomplete.")).toBeVisible();
  await expect(page.getByLabel("Card number")).toBeFocused();
  expect(
    (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id),
  ).toEqual([]);

  await new StripeCheckoutPage(page).typeCard("4242 4242 4242 4242");
  await page.getByRole("button", { name: "Pay $25.00" }).click();
  await expect(page).toHaveURL(`${SANDBOX_URL}/?paid=${session.id}`);

  const paid = await request.get(`${SANDBOX_URL}/v1/checkout/sessions/${session.id}`, {
    headers: AUTH,
  });
  expect(await paid.json()).toMatchObject({ status: "complete", payment_status: "paid" });
});

test("3-D Secure: a wrong password fails, the buyer is told, and the right one pays", async ({
  page,
  request,
}) => {
  const session = await newSession(request, 1999);
  await page.goto(session.url);
  await new StripeCheckoutPage(page).typeCard("4000 0025 0000 3155");
  await page.getByRole("button", { name: "Pay $19.99" }).click();

  await expect(page.getByRole("heading", { name: "Purchase Authentication" })).toBeVisible();
  expect(
    (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id),
  ).toEqual([]);
  await page.getByLabel("Password").fill("not-it");
  await page.getByRole("button", { name: "Complete authentication" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "We are unable to authenticate your payment method.",
  );

  await new StripeCheckoutPage(page).typeCard("4000 0025 0000 3155");
  await page.getByRole("button", { name: "Pay $19.99" }).click();
  await page.getByLabel("Password").fill("Auth-3DS-2026");
  await page.getByLabel("Password").press("Enter");
  await expect(page).toHaveURL(`${SANDBOX_URL}/?paid=${session.id}`);
});

test("a declined card shows Stripe's message; another card then pays; Back returns", async ({
  page,
  request,
}) => {
  const session = await newSession(request);
  await page.goto(session.url);
  await new StripeCheckoutPage(page).typeCard("4000 0000 0000 9995");
  await page.getByRole("button", { name: "Pay $25.00" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "Your card has insufficient funds. Try a different card.",
  );
  await expect(page.getByLabel("Card number")).toHaveValue("");

  await page.getByRole("link", { name: "← Back to Demo Cloud" }).click();
  await expect(page).toHaveURL(`${SANDBOX_URL}/?cancelled=1`);
  await page.goto(session.url);
  await new StripeCheckoutPage(page).typeCard("4242 4242 4242 4242");
  await page.getByRole("button", { name: "Pay $25.00" }).click();
  await expect(page).toHaveURL(`${SANDBOX_URL}/?paid=${session.id}`);
});
