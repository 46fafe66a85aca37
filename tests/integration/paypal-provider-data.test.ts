import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { demoUsers } from "@/sandbox/demo-users";
import { paypalBuyers } from "@/sandbox/seed-data/paypal-buyers";
import { appStackPerFile, signedInAccount } from "./support/app";
import { approveAsBuyer } from "./support/paypal";

/**
 * PayPal through the portal's own code: the data layer the payment pages call (quote → confirm
 * with the opt-in → the order id the buttons open → refresh after approval), the real
 * /api/webhooks/paypal route handler, and the job workers the portal runs. Configuration points
 * at an in-process sandbox, exactly as `npm start` does.
 */
vi.mock("@/lib/data/request-context", () => ({
  getRequestContext: async () => ({ ip: "127.0.0.1", userAgent: "vitest" }),
}));

const sandbox = appStackPerFile("paypal-data");
let receiver: Server;
let n = 0;

beforeAll(async () => {
  Object.assign(process.env, {
    PAYPAL_CLIENT_ID: "sandbox_paypal_client_id",
    PAYPAL_CLIENT_SECRET: "sandbox_paypal_client_secret",
    PAYPAL_API_URL: `${sandbox.url}/paypal`,
    PAYPAL_SDK_URL: `${sandbox.url}/paypal/sdk/js`,
    PAYPAL_WEBHOOK_ID: "WH-SANDBOX-PORTAL",
  });
  // The portal's route handler behind a plain HTTP server, where the sandbox delivers.
  const { POST } = await import("@/app/api/webhooks/paypal/route");
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === "string") headers.set(name, value);
      }
      const request = new Request("http://portal.test/api/webhooks/paypal", {
        method: "POST",
        headers,
        body,
      });
      void POST(request).then(
        (response) => res.writeHead(response.status).end(),
        () => res.writeHead(500).end(),
      );
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
});

beforeEach(async () => {
  await sandbox.control("reset");
  const port = (receiver.address() as AddressInfo).port;
  await sandbox.control("paypal/settings", {
    webhookUrl: `http://127.0.0.1:${port}/api/webhooks/paypal`,
  });
});

afterAll(async () => {
  const { stopJobs } = await import("@/lib/jobs/runtime");
  await stopJobs();
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
});

/** What the payment page does up to the buttons: quote, then confirm (the buttons' createOrder). */
async function quoteAndConfirm(saveMethod: boolean) {
  const account = await signedInAccount(demoUsers.billing);
  const { startPayment, confirmPayment } = await import("@/lib/data/payments");
  const quote = await startPayment(
    account,
    {
      purpose: "refill",
      amountMinor: 1_000,
      currency: "USD",
      method: "paypal",
      idempotencyKey: `paypal_form_${Date.now()}_${++n}`,
    },
    { awaitConfirmation: true },
  );
  if (quote.kind !== "ok") throw new Error(`quote: ${quote.kind}`);
  expect(quote.payment).toMatchObject({ confirmed: false, providerRef: null, totalMinor: 1_190 });
  const view = await confirmPayment(account, quote.payment.id, { saveMethod });
  expect(view).toMatchObject({ status: "needs_action", actionUrl: null, saveMethod });
  expect(view?.providerRef).toMatch(/^[A-Z0-9]{17}$/);
  return { account, payment: view!, orderId: view!.providerRef! };
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 20_000) {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

describe("PayPal in the portal", () => {
  it("is offered when configured; the buttons get the order, approval + refresh completes it and saves the account", async () => {
    const { offeredMethods, refreshPayment } = await import("@/lib/data/payments");
    expect(offeredMethods()).toContain("paypal");
    const { account, payment, orderId } = await quoteAndConfirm(true);
    await approveAsBuyer(orderId, paypalBuyers.buyer, `${sandbox.url}/paypal`);
    expect(await refreshPayment(account, payment.id)).toMatchObject({ status: "done" });
    const { getDb } = await import("@/lib/data/db");
    const saved = await getDb().paymentMethod.findMany({ where: { accountId: account.id } });
    expect(saved).toEqual([
      expect.objectContaining({ provider: "paypal", display: { email: paypalBuyers.buyer.email } }),
    ]);
    const transactions = await sandbox.whmcs.findTransactions(
      (await getDb().payment.findUniqueOrThrow({ where: { id: payment.id } }))
        .providerTransactionId!,
      "USD",
    );
    expect(transactions).toHaveLength(1);
  });

  it("the buyer closes the tab after approving: the webhook route and the workers finish it", async () => {
    const { startWorkers } = await import("@/lib/jobs/runtime");
    await startWorkers();
    const { getPayment } = await import("@/lib/data/payments");
    const { getDb } = await import("@/lib/data/db");
    const savedBefore = await getDb().paymentMethod.count();
    const { account, payment, orderId } = await quoteAndConfirm(false);
    await approveAsBuyer(orderId, paypalBuyers.buyer, `${sandbox.url}/paypal`);
    const done = await until(
      () => getPayment(account, payment.id),
      (view) => view?.status === "done",
    );
    expect(done?.status).toBe("done");
    const events = await getDb().webhookEvent.findMany({ where: { paymentId: payment.id } });
    expect(events.map((e) => e.type)).toContain("CHECKOUT.ORDER.APPROVED");
    // Not opted in: nothing new is saved.
    expect(await getDb().paymentMethod.count()).toBe(savedBefore);
  });

  it("cancelled in PayPal's window: the attempt is cancelled with the customer's reason", async () => {
    const { cancelPayment } = await import("@/lib/data/payments");
    const { account, payment } = await quoteAndConfirm(false);
    expect(await cancelPayment(account, payment.id)).toMatchObject({
      status: "cancelled",
      failureReason: "cancelled_by_customer",
    });
  });

  it("a declined PayPal account: failed with paypal_declined for the page to explain", async () => {
    const { refreshPayment } = await import("@/lib/data/payments");
    const { account, payment, orderId } = await quoteAndConfirm(true);
    await approveAsBuyer(orderId, paypalBuyers.declined, `${sandbox.url}/paypal`);
    expect(await refreshPayment(account, payment.id)).toMatchObject({
      status: "failed",
      failureReason: "paypal_declined",
    });
  });
});
