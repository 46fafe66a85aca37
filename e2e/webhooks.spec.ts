import type { APIRequestContext } from "@playwright/test";
import { SANDBOX_URL } from "../playwright.config";
import { expect, test } from "./fixtures/test";

/**
 * The portal's webhook endpoints as the providers reach them: Stripe's signed events (sent by the
 * sandbox after a real payment on its hosted page) are accepted, also when delivered twice; forged
 * deliveries to either endpoint are refused.
 */
type Delivery = { label: string; url: string; status: string; attempts: { status?: number }[] };

async function stripeDeliveries(request: APIRequestContext): Promise<Delivery[]> {
  const response = await request.get(`${SANDBOX_URL}/_control/webhooks?provider=stripe`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { deliveries: Delivery[] }).deliveries;
}

test.beforeEach(async ({ sandbox, request }) => {
  await sandbox.reset();
  const rules = await request.delete(`${SANDBOX_URL}/_control/webhooks`);
  expect(rules.ok()).toBe(true);
});

test("a Stripe payment's signed events are accepted, also when each arrives twice", async ({
  page,
  request,
}) => {
  const duplicate = await request.post(`${SANDBOX_URL}/_control/webhooks`, {
    data: { mode: "duplicate", count: 10, provider: "stripe" },
  });
  expect(duplicate.ok()).toBe(true);
  const session = await request.post(`${SANDBOX_URL}/v1/checkout/sessions`, {
    headers: { authorization: "Bearer sk_test_sandbox" },
    form: {
      mode: "payment",
      "line_items[0][quantity]": "1",
      "line_items[0][price_data][currency]": "usd",
      "line_items[0][price_data][unit_amount]": "1500",
      "line_items[0][price_data][product_data][name]": "Account credit",
      customer_email: "billing@demo.test",
      success_url: `${SANDBOX_URL}/?paid={CHECKOUT_SESSION_ID}`,
      cancel_url: `${SANDBOX_URL}/?cancelled=1`,
    },
  });
  expect(session.status()).toBe(200);
  await page.goto(((await session.json()) as { url: string }).url);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel("Expiration date (MM / YY)").fill("12 / 34");
  await page.getByLabel("Security code (CVC)").fill("123");
  await page.getByLabel("Cardholder name").fill("Bill Billing");
  await page.getByRole("button", { name: "Pay $15.00" }).click();
  await expect(page).toHaveURL(/paid=cs_/);

  await expect
    .poll(async () => {
      const sent = (await stripeDeliveries(request)).filter((d) =>
        d.url.endsWith("/api/webhooks/stripe"),
      );
      return sent.length >= 4 && sent.every((d) => d.status === "delivered");
    })
    .toBe(true);
  const delivered = await stripeDeliveries(request);
  expect(delivered.map((d) => d.label).join(" ")).toContain("payment_intent.succeeded");
  expect(delivered.map((d) => d.label).join(" ")).toContain("checkout.session.completed");
  for (const delivery of delivered) expect(delivery.attempts.at(-1)?.status).toBe(200);
});

test("forged webhooks are refused", async ({ request }) => {
  const stripe = await request.post("/api/webhooks/stripe", {
    headers: { "stripe-signature": "t=1,v1=00", "content-type": "application/json" },
    data: { id: "evt_forged", type: "payment_intent.succeeded", data: { object: {} } },
  });
  expect(stripe.status()).toBe(400);
  const paypal = await request.post("/api/webhooks/paypal", {
    headers: { "paypal-transmission-id": "forged", "content-type": "application/json" },
    data: { id: "WH-FORGED", event_type: "PAYMENT.CAPTURE.COMPLETED", resource: {} },
  });
  expect(paypal.status()).toBe(400);
});
