import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Payment } from "@/lib/db";
import type { PayPalClient } from "@/lib/paypal";
import { settle } from "@/lib/payments/settle";
import { paypalBuyers } from "@/sandbox/seed-data/paypal-buyers";
import { approveAsBuyer } from "./support/paypal";
import {
  newPayPalRefill,
  paypalClientFor,
  paypalDeps,
  rawOrder,
  startPayPalReceiver,
  type WebhookReceiver,
} from "./support/paypal-saga";
import { startHarness, type Harness } from "./support/settlement-harness";
import { evidence } from "./support/settlement-probes";

/**
 * PayPal's webhooks drive the saga too: CHECKOUT.ORDER.APPROVED makes the saga capture (the buyer
 * may have closed the tab), PAYMENT.CAPTURE.* find their attempt by custom_id. Delivered through the
 * sandbox's shared dispatcher, so `/_control/webhooks` can duplicate and reorder them: whatever
 * arrives how often in which order, WHMCS gets one payment and the platform one funding.
 */
let h: Harness;
let paypal: PayPalClient;
let receiver: WebhookReceiver;

beforeAll(async () => {
  h = await startHarness("pglite");
  paypal = paypalClientFor(h);
  receiver = await startPayPalReceiver(() => paypalDeps(h, paypal), paypal);
});
afterAll(async () => {
  await receiver?.close();
  await h?.close();
});
beforeEach(async () => {
  await h.reset();
  await h.control("paypal/settings", { webhookUrl: receiver.url });
  await h.control("webhooks/settings", { retryBaseMs: 100 });
  receiver.received.length = 0;
});

/** Waits until the sandbox sent everything (held ones aside) and the receiver settled it all. */
async function quiet(): Promise<void> {
  await h.control("webhooks/idle");
  await receiver.idle();
}

async function stateOf(payment: Payment, want: string, ms = 10_000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const { state } = await h.db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    if (state === want || Date.now() > deadline) return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function startedOrder(payment: Payment): Promise<string> {
  expect((await settle(payment.id, paypalDeps(h, paypal))).state).toBe("awaiting_payment");
  const row = await h.db.payment.findUniqueOrThrow({ where: { id: payment.id } });
  return row.providerRef!;
}

async function exactlyOnce(payment: Payment, orderId: string) {
  const captures = (await rawOrder(h, orderId)).purchase_units[0]?.payments?.captures ?? [];
  expect(captures).toHaveLength(1);
  const e = await evidence(h, payment.id);
  expect(e).toMatchObject({ state: "done", whmcsPayments: 1, fundings: 1, notifications: 1 });
  expect(e.payment.providerTransactionId).toBe(captures[0]!.id);
}

const base = () => `${h.sandboxUrl}/paypal`;

describe("PayPal webhooks settle the attempt", () => {
  it("the buyer closes the tab after approving: the approval webhook alone captures and completes it", async () => {
    const payment = await newPayPalRefill(h, { saveMethod: true });
    const orderId = await startedOrder(payment);
    await approveAsBuyer(orderId, paypalBuyers.buyer, base());
    // Nobody calls settle here: no onApprove, no return page.
    expect(await stateOf(payment, "done")).toBe("done");
    await quiet();
    await exactlyOnce(payment, orderId);
    expect(receiver.received.map((r) => [r.type, r.paymentId])).toEqual(
      expect.arrayContaining([
        ["CHECKOUT.ORDER.APPROVED", payment.id],
        ["PAYMENT.CAPTURE.COMPLETED", payment.id],
      ]),
    );
    // The vault event is about no payment of ours; it is stored and acknowledged all the same.
    expect(receiver.received.find((r) => r.type === "VAULT.PAYMENT-TOKEN.CREATED")).toMatchObject({
      paymentId: null,
    });
    expect(await h.db.paymentMethod.count({ where: { accountId: payment.accountId } })).toBe(1);
  });

  it("every event delivered twice: one capture, one WHMCS payment, one funding", async () => {
    await h.control("webhooks", { mode: "duplicate", count: 10, provider: "paypal" });
    const payment = await newPayPalRefill(h);
    const orderId = await startedOrder(payment);
    await approveAsBuyer(orderId, paypalBuyers.buyer, base());
    expect(await stateOf(payment, "done")).toBe("done");
    await quiet();
    await exactlyOnce(payment, orderId);
    const types = receiver.received.map((r) => r.type);
    expect(types.filter((t) => t === "CHECKOUT.ORDER.APPROVED")).toHaveLength(2);
    expect(types.filter((t) => t === "PAYMENT.CAPTURE.COMPLETED")).toHaveLength(2);
    // The second copy is recognised by its event id and stored once.
    expect(receiver.received.filter((r) => r.duplicate)).toHaveLength(2);
    expect(await h.db.webhookEvent.count({ where: { paymentId: payment.id } })).toBe(2);
  });

  it("out of order: the capture event arrives before the approval, while the page also settles", async () => {
    await h.control("webhooks", { mode: "reorder", count: 2, provider: "paypal" });
    const payment = await newPayPalRefill(h);
    const orderId = await startedOrder(payment);
    await approveAsBuyer(orderId, paypalBuyers.buyer, base());
    // The approval event is held back; the buyer's page (onApprove) settles and captures.
    const fromPage = await settle(payment.id, paypalDeps(h, paypal));
    expect(["done", "paid", "recorded_in_whmcs", "funded", "notified"]).toContain(fromPage.state);
    await quiet();
    expect(await stateOf(payment, "done")).toBe("done");
    expect(receiver.received.map((r) => r.type)).toEqual([
      "PAYMENT.CAPTURE.COMPLETED",
      "CHECKOUT.ORDER.APPROVED",
    ]);
    await exactlyOnce(payment, orderId);
  });

  it("held and flushed newest first after the return page settled: nothing happens twice", async () => {
    await h.control("webhooks", { mode: "hold", count: 5, provider: "paypal" });
    const payment = await newPayPalRefill(h);
    const orderId = await startedOrder(payment);
    await approveAsBuyer(orderId, paypalBuyers.buyer, base());
    expect((await settle(payment.id, paypalDeps(h, paypal))).state).toBe("done");
    expect(await h.control("webhooks/flush", { order: "reverse" })).toMatchObject({ flushed: 2 });
    await quiet();
    expect(receiver.received.map((r) => r.type)).toEqual([
      "PAYMENT.CAPTURE.COMPLETED",
      "CHECKOUT.ORDER.APPROVED",
    ]);
    await exactlyOnce(payment, orderId);
  });

  it("a declined capture: the attempt fails once; the DENIED event changes nothing", async () => {
    const payment = await newPayPalRefill(h);
    const orderId = await startedOrder(payment);
    await approveAsBuyer(orderId, paypalBuyers.declined, base());
    expect(await stateOf(payment, "failed")).toBe("failed");
    await quiet();
    expect(receiver.received.map((r) => r.type)).toEqual(
      expect.arrayContaining(["CHECKOUT.ORDER.APPROVED", "PAYMENT.CAPTURE.DENIED"]),
    );
    const e = await evidence(h, payment.id);
    expect(e).toMatchObject({ state: "failed", whmcsPayments: 0, fundings: 0 });
    expect(e.payment.lastError).toBe("paypal_declined");
    expect((await rawOrder(h, orderId)).purchase_units[0]?.payments?.captures ?? []).toEqual([]);
  });
});
