import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionAccount } from "@/lib/data/session";
import { demoUsers } from "@/sandbox/demo-users";
import { appStackPerFile, signedInAccount } from "./support/app";
import { CARDS, payOnPage, SECRET_KEY } from "./support/stripe";

/**
 * Card payments as the portal runs them: Stripe registered from configuration, the customer
 * confirms the order, pays on the hosted page, and only Stripe's webhooks — delivered twice each,
 * through the real route handler of /api/webhooks/stripe, the durable intake and the pg-boss
 * workers — move the attempt on. One WHMCS payment, one funding, however often an event arrives.
 */
vi.mock("@/lib/data/request-context", () => ({
  getRequestContext: async () => ({ ip: "127.0.0.1", userAgent: "vitest" }),
}));

const sandbox = appStackPerFile("stripe-provider-webhooks");
const WEBHOOK_SECRET = "whsec_portal_route_test_secret";
let route: Server;

beforeAll(async () => {
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_URL: sandbox.url,
    STRIPE_TIMEOUT_MS: "5000",
    PORTAL_URL: "http://portal.test",
  });
  // The portal's route handler behind a plain HTTP server, as Next would serve it.
  const { POST } = await import("@/app/api/webhooks/stripe/route");
  route = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const request = new Request("http://portal.test/api/webhooks/stripe", {
        method: "POST",
        headers: { "stripe-signature": String(req.headers["stripe-signature"] ?? "") },
        body: Buffer.concat(chunks).toString("utf8"),
      });
      POST(request)
        .then(async (response) => res.writeHead(response.status).end(await response.text()))
        .catch(() => res.writeHead(500).end());
    });
  });
  await new Promise<void>((resolve) => route.listen(0, "127.0.0.1", resolve));
  const { startWorkers } = await import("@/lib/jobs/runtime");
  await startWorkers();
});

beforeEach(async () => {
  await sandbox.control("reset");
  const { port } = route.address() as AddressInfo;
  await sandbox.control("stripe/webhook-endpoint", {
    url: `http://127.0.0.1:${port}/api/webhooks/stripe`,
    secret: WEBHOOK_SECRET,
  });
  const { getDb } = await import("@/lib/data/db");
  await getDb().providerCustomer.deleteMany();
});

afterAll(async () => {
  const { stopJobs } = await import("@/lib/jobs/runtime");
  await stopJobs();
  await new Promise<void>((resolve) => route?.close(() => resolve()));
});

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 30_000) {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

/** The order step and "Pay": a quote from WHMCS, confirmed, sent to the hosted page. */
async function confirmedCardRefill(account: SessionAccount, key: string) {
  const { startPayment, confirmPayment } = await import("@/lib/data/payments");
  const quote = await startPayment(
    account,
    { purpose: "refill", amountMinor: 1_000, currency: "USD", method: "card", idempotencyKey: key },
    { awaitConfirmation: true },
  );
  if (quote.kind !== "ok") throw new Error(`quote refused: ${quote.kind}`);
  expect(quote.payment).toMatchObject({ totalMinor: 1_190, confirmed: false, actionUrl: null });
  const view = await confirmPayment(account, quote.payment.id, { saveMethod: false });
  expect(view).toMatchObject({
    status: "needs_action",
    providerRef: expect.stringMatching(/^cs_/),
  });
  return view!;
}

async function paymentRow(id: string) {
  const { getDb } = await import("@/lib/data/db");
  return getDb().payment.findUniqueOrThrow({ where: { id } });
}

describe("Stripe webhooks drive card payments", () => {
  it("card is offered once Stripe is configured", async () => {
    const { offeredMethods } = await import("@/lib/data/payments");
    expect(offeredMethods()).toContain("card");
  });

  it("every event delivered twice: one WHMCS payment, one funding, each event stored once", async () => {
    const account = await signedInAccount(demoUsers.billing);
    const view = await confirmedCardRefill(account, "stripe_hook_twice_0001");
    await sandbox.control("webhooks", { mode: "duplicate", count: 20, provider: "stripe" });

    // A decline first (payment_intent.payment_failed arrives; the customer may still pay)…
    expect((await payOnPage(view.actionUrl ?? "", CARDS.declined)).status).toBe(402);
    // …then paid. Nobody opens the return page: only the webhooks can finish it.
    expect((await payOnPage(view.actionUrl ?? "", CARDS.visa)).status).toBe(303);
    const done = await until(
      () => paymentRow(view.id),
      (p) => p.state === "done",
    );
    expect(done.state).toBe("done");

    const transid = done.providerTransactionId ?? "";
    expect(transid).toMatch(/^pi_/);
    const transactions = await sandbox.whmcs.findTransactions(transid, "USD");
    expect(transactions).toHaveLength(1);
    const history = await sandbox.jelastic.getFundHistory({
      uid: done.platformUid ?? 0,
      from: new Date(Date.now() - 86_400_000),
      to: new Date(Date.now() + 86_400_000),
    });
    expect(history.filter((row) => row.note === done.fundingNote)).toHaveLength(1);

    // Let the second copies land, then look at what the portal stored.
    await sandbox.control("webhooks/idle");
    const { getDb } = await import("@/lib/data/db");
    const events = await getDb().webhookEvent.findMany({ where: { provider: "stripe" } });
    const ids = events.map((e) => e.eventId);
    expect(new Set(ids).size).toBe(ids.length);
    const types = events.filter((e) => e.paymentId === view.id).map((e) => e.type);
    for (const type of [
      "payment_intent.payment_failed",
      "payment_intent.succeeded",
      "checkout.session.completed",
    ]) {
      expect(types).toContain(type);
    }
    const deliveries = (await (
      await fetch(`${sandbox.url}/_control/webhooks?provider=stripe`)
    ).json()) as { deliveries: { copy: number; status: string }[] };
    expect(
      deliveries.deliveries.filter((d) => d.copy === 2 && d.status === "delivered"),
    ).not.toEqual([]);

    // And still exactly once after every copy was handled.
    expect(await sandbox.whmcs.findTransactions(transid, "USD")).toHaveLength(1);
    expect((await paymentRow(view.id)).state).toBe("done");
  });

  it("checkout.session.expired fails the attempt and cancels its WHMCS order", async () => {
    const account = await signedInAccount(demoUsers.billing);
    const view = await confirmedCardRefill(account, "stripe_hook_expired_01");
    const expired = await fetch(`${sandbox.url}/v1/checkout/sessions/${view.providerRef}/expire`, {
      method: "POST",
      headers: { authorization: `Bearer ${SECRET_KEY}` },
    });
    expect(expired.status).toBe(200);
    const failed = await until(
      () => paymentRow(view.id),
      (p) => p.state === "failed",
    );
    expect(failed).toMatchObject({ state: "failed", lastError: "expired" });
    const { getPayment } = await import("@/lib/data/payments");
    expect(await getPayment(account, view.id)).toMatchObject({
      status: "failed",
      failureReason: "expired",
    });
  });
});
