import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createPayPalClient,
  PayPalAlreadyCapturedError,
  PayPalAuthError,
  PayPalDeclinedError,
  PayPalNotApprovedError,
  PayPalNotFoundError,
  PayPalUnavailableError,
  type PayPalClient,
} from "@/lib/paypal";
import { paypalBuyers } from "@/sandbox/seed-data/paypal-buyers";
import { startSandbox } from "@/sandbox/server";

/** lib/paypal against the sandbox's PayPal emulator over real HTTP, webhooks to a local receiver. */
type Delivery = { headers: Record<string, string | string[] | undefined>; rawBody: string };

const CLIENT = {
  clientId: "sandbox_paypal_client_id",
  clientSecret: "sandbox_paypal_client_secret",
};
const WEBHOOK_ID = "WH-SANDBOX-PORTAL";
let dataDir: string;
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let receiver: Server;
let receiverUrl: string;
const deliveries: Delivery[] = [];
/** Status codes the receiver answers next (then 200), to prove retries. */
let failNext: number[] = [];
let tokenCalls = 0;
let paypal: PayPalClient;
let n = 0;
const rid = (what: string) => `${what}-${Date.now()}-${++n}`;

const countingFetch: typeof fetch = (input, init) => {
  if (String(input).endsWith("/v1/oauth2/token")) tokenCalls++;
  return fetch(input, init);
};

function client(extra: Partial<Parameters<typeof createPayPalClient>[0]> = {}) {
  return createPayPalClient({
    apiUrl: `${sandbox.url}/paypal`,
    ...CLIENT,
    webhookId: WEBHOOK_ID,
    retries: 0,
    fetch: countingFetch,
    ...extra,
  });
}

async function control(path: string, body: unknown) {
  const response = await fetch(`${sandbox.url}/_control/paypal/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

async function start() {
  sandbox = await startSandbox({ port: 0, smtpPort: 0, dataDir, quiet: true });
  await control("settings", { webhookUrl: receiverUrl, webhookId: WEBHOOK_ID });
  paypal = client();
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "paypal-it-"));
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const status = failNext.shift() ?? 200;
      if (status === 200) deliveries.push({ headers: req.headers, rawBody: body });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/webhooks/paypal`;
  await start();
});

afterAll(async () => {
  await sandbox.close();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => {
  failNext = [];
});

const P = () => `${sandbox.url}/paypal`;

/** The buyer's steps in the approval window, as the SDK's overlay submits them. */
async function approveAsBuyer(
  orderId: string,
  buyer: { email: string; password: string } = paypalBuyers.buyer,
) {
  const login = await fetch(`${P()}/checkoutnow/login`, {
    method: "POST",
    body: new URLSearchParams({ token: orderId, email: buyer.email, password: buyer.password }),
  });
  const page = await login.text();
  const approval = /name="approval" value="([^"]+)"/.exec(page)?.[1];
  if (!approval) return { status: login.status, page };
  const done = await fetch(`${P()}/checkoutnow/approve`, {
    method: "POST",
    body: new URLSearchParams({ token: orderId, approval }),
  });
  return { status: done.status, page: await done.text() };
}

async function payAsGuest(orderId: string, cardNumber = "4242 4242 4242 4242") {
  const response = await fetch(`${P()}/checkoutnow/card`, {
    method: "POST",
    body: new URLSearchParams({
      token: orderId,
      firstName: "Gina",
      lastName: "Guest",
      email: "gina@example.com",
      street: "1 Main St",
      city: "Springfield",
      postalCode: "12345",
      country: "US",
      cardNumber,
      expiry: "12/30",
      cvc: "123",
    }),
  });
  return { status: response.status, page: await response.text() };
}

async function until<T>(find: () => T | undefined, what: string, ms = 8_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const eventOf = (d: Delivery) =>
  JSON.parse(d.rawBody) as {
    event_type: string;
    resource: { id: string; supplementary_data?: { related_ids?: { order_id?: string } } };
  };

describe("OAuth", () => {
  it("refuses wrong client credentials as an auth error", async () => {
    const wrong = client({ clientSecret: "nope" });
    await expect(wrong.getOrder("ABC")).rejects.toBeInstanceOf(PayPalAuthError);
  });

  it("reuses the token until it expires, then fetches a new one", async () => {
    await control("settings", { tokenTtlSeconds: 1 });
    const shortLived = client();
    tokenCalls = 0;
    const order = await shortLived.createOrder({
      requestId: rid("ttl"),
      amountMinor: 100,
      currency: "USD",
    });
    await shortLived.getOrder(order.id);
    expect(tokenCalls).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await shortLived.getOrder(order.id);
    expect(tokenCalls).toBe(2);
    await control("settings", { tokenTtlSeconds: 32_400 });
  });
});

describe("orders", () => {
  it("creates, refuses capture before approval, captures after the buyer approved, exactly once", async () => {
    const order = await paypal.createOrder({
      requestId: rid("create"),
      amountMinor: 2550,
      currency: "EUR",
      customId: "pay_1",
    });
    expect(order).toMatchObject({
      status: "created",
      amount: { amountMinor: 2550, currency: "EUR" },
      customId: "pay_1",
      approveUrl: expect.stringContaining(`/paypal/checkoutnow?token=${order.id}`),
    });
    await expect(paypal.captureOrder(order.id, { requestId: rid("cap") })).rejects.toBeInstanceOf(
      PayPalNotApprovedError,
    );

    expect((await approveAsBuyer(order.id)).status).toBe(200);
    expect((await paypal.getOrder(order.id)).status).toBe("approved");

    const requestId = rid("cap");
    const captured = await paypal.captureOrder(order.id, { requestId });
    expect(captured).toMatchObject({
      status: "completed",
      fundingSource: "paypal",
      payerEmail: paypalBuyers.buyer.email,
      payerId: paypalBuyers.buyer.payerId,
      capture: { status: "completed", amount: { amountMinor: 2550, currency: "EUR" } },
      vault: null,
    });
    // Same request id: PayPal answers the first capture again (a retried call is safe).
    const again = await paypal.captureOrder(order.id, { requestId });
    expect(again.capture?.id).toBe(captured.capture?.id);
    // A new request id on a captured order is refused, never a second capture.
    await expect(paypal.captureOrder(order.id, { requestId: rid("cap") })).rejects.toBeInstanceOf(
      PayPalAlreadyCapturedError,
    );
    expect((await paypal.getOrder(order.id)).capture?.id).toBe(captured.capture?.id);
  });

  it("answers the same order for a repeated PayPal-Request-Id, a new one otherwise", async () => {
    const requestId = rid("same");
    const first = await paypal.createOrder({ requestId, amountMinor: 1000, currency: "USD" });
    const second = await paypal.createOrder({ requestId, amountMinor: 1000, currency: "USD" });
    const other = await paypal.createOrder({
      requestId: rid("other"),
      amountMinor: 1000,
      currency: "USD",
    });
    expect(second.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
  });

  it("sends zero-decimal currencies as whole amounts", async () => {
    const order = await paypal.createOrder({
      requestId: rid("jpy"),
      amountMinor: 1500,
      currency: "JPY",
    });
    expect(order.amount).toEqual({ amountMinor: 1500, currency: "JPY" });
  });

  it("is a not-found error for an unknown order", async () => {
    await expect(paypal.getOrder("NOSUCHORDER000000")).rejects.toBeInstanceOf(PayPalNotFoundError);
  });
});

describe("vault", () => {
  it("saves a PayPal account on success, charges it without the buyer, lists and deletes it", async () => {
    const order = await paypal.createOrder({
      requestId: rid("vault"),
      amountMinor: 2000,
      currency: "USD",
      vault: { usagePattern: "THRESHOLD_PREPAID" },
    });
    expect(order.status).toBe("payer_action_required");
    await approveAsBuyer(order.id);
    const captured = await paypal.captureOrder(order.id, { requestId: rid("cap") });
    expect(captured.vault).toEqual({
      vaultId: expect.any(String),
      customerId: expect.any(String),
      status: "VAULTED",
    });
    const { vaultId, customerId } = captured.vault!;

    const saved = await paypal.listPaymentTokens(customerId);
    expect(saved).toEqual([
      {
        vaultId,
        customerId,
        payerEmail: paypalBuyers.buyer.email,
        payerId: paypalBuyers.buyer.payerId,
      },
    ]);

    const requestId = rid("refill");
    const refill = await paypal.createOrder({
      requestId,
      amountMinor: 1500,
      currency: "USD",
      vaultId,
    });
    expect(refill).toMatchObject({
      status: "completed",
      capture: { status: "completed", amount: { amountMinor: 1500 } },
    });
    // The same refill retried with its request id does not charge twice.
    const retried = await paypal.createOrder({
      requestId,
      amountMinor: 1500,
      currency: "USD",
      vaultId,
    });
    expect(retried.capture?.id).toBe(refill.capture?.id);

    expect(await paypal.deletePaymentToken(vaultId)).toBe(true);
    expect(await paypal.listPaymentTokens(customerId)).toEqual([]);
    expect(await paypal.deletePaymentToken(vaultId)).toBe(false);
    await expect(
      paypal.createOrder({ requestId: rid("gone"), amountMinor: 100, currency: "USD", vaultId }),
    ).rejects.toBeInstanceOf(PayPalNotFoundError);
  });

  it("never saves a guest card, even when the order asked for vaulting", async () => {
    const order = await paypal.createOrder({
      requestId: rid("guest"),
      amountMinor: 1234,
      currency: "USD",
      vault: {},
    });
    expect((await payAsGuest(order.id)).status).toBe(200);
    const captured = await paypal.captureOrder(order.id, { requestId: rid("cap") });
    expect(captured).toMatchObject({ status: "completed", fundingSource: "card", vault: null });
  });
});

describe("failures a test can force", () => {
  it("declines the funding of the declined buyer, leaving the order approved for another try", async () => {
    const order = await paypal.createOrder({
      requestId: rid("dcl"),
      amountMinor: 500,
      currency: "USD",
    });
    await approveAsBuyer(order.id, paypalBuyers.declined);
    const error = await paypal
      .captureOrder(order.id, { requestId: rid("cap") })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayPalDeclinedError);
    expect((error as PayPalDeclinedError).issue).toBe("INSTRUMENT_DECLINED");
    expect((await paypal.getOrder(order.id)).status).toBe("approved");
  });

  it("honours PayPal-Mock-Response like PayPal's sandbox", async () => {
    const order = await paypal.createOrder({
      requestId: rid("mock"),
      amountMinor: 500,
      currency: "USD",
    });
    await approveAsBuyer(order.id);
    await expect(
      paypal.captureOrder(order.id, {
        requestId: rid("cap"),
        mockApplicationCode: "INSTRUMENT_DECLINED",
      }),
    ).rejects.toBeInstanceOf(PayPalDeclinedError);
    // Without the header the same order captures fine.
    expect((await paypal.captureOrder(order.id, { requestId: rid("cap") })).status).toBe(
      "completed",
    );
  });

  it("reports PayPal answering 5xx as unavailable (retryable), not as a decline", async () => {
    const error = await paypal
      .createOrder({
        requestId: rid("5xx"),
        amountMinor: 500,
        currency: "USD",
        mockApplicationCode: "INTERNAL_SERVER_ERROR",
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayPalUnavailableError);
    expect((error as PayPalUnavailableError).retryable).toBe(true);
  });

  it("shows a declined guest card and a wrong PayPal password on the approval pages", async () => {
    const order = await paypal.createOrder({
      requestId: rid("card"),
      amountMinor: 500,
      currency: "USD",
    });
    const declined = await payAsGuest(order.id, "4000 0000 0000 0002");
    expect(declined.status).toBe(402);
    expect(declined.page).toContain("Your card was declined");
    const wrong = await approveAsBuyer(order.id, {
      email: paypalBuyers.buyer.email,
      password: "wrong",
    });
    expect(wrong.status).toBe(401);
    expect(wrong.page).toContain("Some of your info isn&#39;t correct");
    expect((await paypal.getOrder(order.id)).status).toBe("created");
  });
});

describe("webhooks", () => {
  it("delivers signed events that verify-webhook-signature confirms, and refuses a tampered body", async () => {
    const order = await paypal.createOrder({
      requestId: rid("wh"),
      amountMinor: 700,
      currency: "USD",
    });
    await approveAsBuyer(order.id);
    const captured = await paypal.captureOrder(order.id, { requestId: rid("cap") });
    const delivery = await until(
      () =>
        deliveries.find(
          (d) =>
            eventOf(d).event_type === "PAYMENT.CAPTURE.COMPLETED" &&
            eventOf(d).resource.id === captured.capture?.id,
        ),
      "PAYMENT.CAPTURE.COMPLETED",
    );
    for (const header of [
      "paypal-transmission-id",
      "paypal-transmission-time",
      "paypal-transmission-sig",
      "paypal-cert-url",
      "paypal-auth-algo",
    ]) {
      expect(delivery.headers[header]).toBeTruthy();
    }
    expect(eventOf(delivery).resource.supplementary_data?.related_ids?.order_id).toBe(order.id);
    expect(await paypal.verifyWebhookSignature(delivery)).toBe(true);

    const tampered = delivery.rawBody.replace('"value":"7.00"', '"value":"700.00"');
    expect(tampered).not.toBe(delivery.rawBody);
    expect(await paypal.verifyWebhookSignature({ ...delivery, rawBody: tampered })).toBe(false);
    const otherHook = client({ webhookId: "WH-SOMEONE-ELSE" });
    expect(await otherHook.verifyWebhookSignature(delivery)).toBe(false);
    expect(await paypal.verifyWebhookSignature({ headers: {}, rawBody: delivery.rawBody })).toBe(
      false,
    );
  });

  it("sends approval and vault events, and retries a delivery the portal did not accept", async () => {
    failNext = [500, 503];
    const order = await paypal.createOrder({
      requestId: rid("whv"),
      amountMinor: 900,
      currency: "USD",
      vault: {},
    });
    await approveAsBuyer(order.id);
    const approved = await until(
      () =>
        deliveries.find(
          (d) =>
            eventOf(d).event_type === "CHECKOUT.ORDER.APPROVED" &&
            eventOf(d).resource.id === order.id,
        ),
      "CHECKOUT.ORDER.APPROVED after retries",
    );
    expect(await paypal.verifyWebhookSignature(approved)).toBe(true);
    const events = (await (await fetch(`${sandbox.url}/_control/paypal/events`)).json()) as {
      eventType: string;
      attempts: number;
      delivery: string;
      event: { resource: { id: string } };
    }[];
    expect(events.find((e) => e.event.resource.id === order.id)).toMatchObject({
      eventType: "CHECKOUT.ORDER.APPROVED",
      attempts: 3,
      delivery: "delivered",
    });

    const captured = await paypal.captureOrder(order.id, { requestId: rid("cap") });
    const vaulted = await until(
      () =>
        deliveries.find(
          (d) =>
            eventOf(d).event_type === "VAULT.PAYMENT-TOKEN.CREATED" &&
            eventOf(d).resource.id === captured.vault?.vaultId,
        ),
      "VAULT.PAYMENT-TOKEN.CREATED",
    );
    expect(await paypal.verifyWebhookSignature(vaulted)).toBe(true);
    await paypal.deletePaymentToken(captured.vault!.vaultId);
    await until(
      () =>
        deliveries.find(
          (d) =>
            eventOf(d).event_type === "VAULT.PAYMENT-TOKEN.DELETED" &&
            eventOf(d).resource.id === captured.vault?.vaultId,
        ),
      "VAULT.PAYMENT-TOKEN.DELETED",
    );
  });

  it("sends PAYMENT.CAPTURE.DENIED when funding is declined", async () => {
    const order = await paypal.createOrder({
      requestId: rid("den"),
      amountMinor: 300,
      currency: "USD",
    });
    await approveAsBuyer(order.id, paypalBuyers.declined);
    await paypal.captureOrder(order.id, { requestId: rid("cap") }).catch(() => undefined);
    const denied = await until(
      () =>
        deliveries.find(
          (d) =>
            eventOf(d).event_type === "PAYMENT.CAPTURE.DENIED" &&
            eventOf(d).resource.supplementary_data?.related_ids?.order_id === order.id,
        ),
      "PAYMENT.CAPTURE.DENIED",
    );
    expect(await paypal.verifyWebhookSignature(denied)).toBe(true);
  });
});

describe("persistence", () => {
  it("keeps orders, saved accounts and sent transmissions across a sandbox restart", async () => {
    const order = await paypal.createOrder({
      requestId: rid("keep"),
      amountMinor: 800,
      currency: "USD",
      vault: {},
    });
    await approveAsBuyer(order.id);
    const captured = await paypal.captureOrder(order.id, { requestId: rid("cap") });
    const delivery = await until(
      () => deliveries.find((d) => eventOf(d).resource.id === captured.capture?.id),
      "capture webhook",
    );

    await sandbox.close();
    await start();

    expect(await paypal.getOrder(order.id)).toMatchObject({
      status: "completed",
      capture: { id: captured.capture?.id },
      vault: { vaultId: captured.vault?.vaultId },
    });
    expect(await paypal.listPaymentTokens(captured.vault!.customerId)).toHaveLength(1);
    expect(await paypal.verifyWebhookSignature(delivery)).toBe(true);
  });

  it("recovers from a token the sandbox forgot (reset) by fetching a new one", async () => {
    const before = await paypal.createOrder({
      requestId: rid("rst"),
      amountMinor: 100,
      currency: "USD",
    });
    await fetch(`${sandbox.url}/_control/reset`, { method: "POST" });
    await control("settings", { webhookUrl: receiverUrl });
    await expect(paypal.getOrder(before.id)).rejects.toBeInstanceOf(PayPalNotFoundError);
    const after = await paypal.createOrder({
      requestId: rid("rst"),
      amountMinor: 100,
      currency: "USD",
    });
    expect(after.status).toBe("created");
  });
});
