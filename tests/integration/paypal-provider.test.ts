import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Payment } from "@/lib/db";
import { abandon } from "@/lib/payments/reconcile";
import { settle, SimulatedCrash } from "@/lib/payments/settle";
import { paypalBuyers } from "@/sandbox/seed-data/paypal-buyers";
import { approveAsBuyer, payAsGuest } from "./support/paypal";
import {
  eventsAbout,
  newPayPalRefill,
  paypalClientFor,
  paypalDeps,
  rawOrder,
} from "./support/paypal-saga";
import { BILLING, startHarness, TEST_LEASE_MS, type Harness } from "./support/settlement-harness";
import { evidence, whmcsOrders, whmcsTransactions } from "./support/settlement-probes";

/**
 * The PayPal provider in the saga, against the sandbox's PayPal over HTTP: the buyer approves in
 * PayPal's window (the sandbox's approval endpoints, as the SDK's dialog submits them), the saga
 * captures once, records the capture id in WHMCS and funds the platform once; a PayPal account is
 * saved only when the customer opted in, a guest card never.
 */
let h: Harness;
const base = () => `${h.sandboxUrl}/paypal`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  h = await startHarness("pglite");
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.reset();
  await h.db.paymentMethod.deleteMany();
  await h.db.providerCustomer.deleteMany();
});

const reload = (p: Payment) => h.db.payment.findUniqueOrThrow({ where: { id: p.id } });

/** Confirmed attempt → provider.start: the PayPal order the buttons open. */
async function started(payment: Payment, deps = paypalDeps(h)) {
  expect(await settle(payment.id, deps)).toEqual({ state: "awaiting_payment", outcome: "waiting" });
  const row = await reload(payment);
  expect(row.providerRef).toMatch(/^[A-Z0-9]{17}$/);
  // The JS SDK opens PayPal's window: no page to send the customer to.
  expect(row.actionUrl).toBeNull();
  return row.providerRef!;
}

describe("a buyer pays with PayPal", () => {
  it("opted in: approve → one capture → WHMCS paid once with the capture id → funded once → account saved", async () => {
    const paypal = paypalClientFor(h);
    const deps = paypalDeps(h, paypal);
    const payment = await newPayPalRefill(h, { saveMethod: true });
    const orderId = await started(payment, deps);
    const order = await paypal.getOrder(orderId);
    expect(order).toMatchObject({
      amount: { amountMinor: 1_190, currency: "USD" }, // 10.00 net + 19 % VAT, gross
      customId: payment.id,
      invoiceId: payment.id,
    });
    // Asking again before the buyer approved changes nothing.
    expect(await settle(payment.id, deps)).toEqual({
      state: "awaiting_payment",
      outcome: "waiting",
    });

    expect((await approveAsBuyer(orderId, paypalBuyers.buyer, base())).status).toBe(200);
    expect((await settle(payment.id, deps)).state).toBe("done");

    const e = await evidence(h, payment.id);
    expect(e).toMatchObject({ whmcsPayments: 1, fundings: 1, notifications: 1 });
    const captures = (await rawOrder(h, orderId)).purchase_units[0]?.payments?.captures ?? [];
    expect(captures).toHaveLength(1);
    expect(e.payment.providerTransactionId).toBe(captures[0]!.id);
    const [transaction] = await whmcsTransactions(h, captures[0]!.id);
    expect(transaction).toMatchObject({ gateway: "paypalcheckout", amountin: "11.90" });

    const saved = await h.db.paymentMethod.findMany({ where: { accountId: payment.accountId } });
    expect(saved).toEqual([
      expect.objectContaining({
        provider: "paypal",
        kind: "paypal",
        display: { email: paypalBuyers.buyer.email },
        isDefault: true,
      }),
    ]);
    const customer = await h.db.providerCustomer.findFirstOrThrow({
      where: { accountId: payment.accountId, provider: "paypal" },
    });
    const tokens = await paypal.listPaymentTokens(customer.customerId);
    expect(tokens.map((t) => t.vaultId)).toEqual([saved[0]!.providerTokenId]);

    // Settling again (webhook, return page) captures nothing more.
    expect(await settle(payment.id, deps)).toEqual({ state: "done", outcome: "final" });
    expect((await rawOrder(h, orderId)).purchase_units[0]?.payments?.captures).toHaveLength(1);
  });

  it("not opted in: paid and funded, the PayPal account is not saved", async () => {
    const payment = await newPayPalRefill(h);
    const orderId = await started(payment);
    await approveAsBuyer(orderId, paypalBuyers.buyer, base());
    expect((await settle(payment.id, paypalDeps(h))).state).toBe("done");
    expect((await paypalClientFor(h).getOrder(orderId)).vault).toBeNull();
    expect(await h.db.paymentMethod.count()).toBe(0);
  });

  it("a guest card ('Buy as a guest') pays but is never saved, even with the opt-in set", async () => {
    const payment = await newPayPalRefill(h, { saveMethod: true });
    const orderId = await started(payment);
    expect((await payAsGuest(orderId, "4242 4242 4242 4242", base())).status).toBe(200);
    expect((await settle(payment.id, paypalDeps(h))).state).toBe("done");
    expect(await evidence(h, payment.id)).toMatchObject({ whmcsPayments: 1, fundings: 1 });
    const order = await paypalClientFor(h).getOrder(orderId);
    expect(order).toMatchObject({ fundingSource: "card", vault: null });
    expect(await h.db.paymentMethod.count()).toBe(0);
    expect(await h.db.providerCustomer.count()).toBe(0);
  });

  it("a declined PayPal account: failed paypal_declined, WHMCS order cancelled, nothing funded", async () => {
    const payment = await newPayPalRefill(h, { saveMethod: true });
    const orderId = await started(payment);
    await approveAsBuyer(orderId, paypalBuyers.declined, base());
    expect((await settle(payment.id, paypalDeps(h))).state).toBe("failed");
    const e = await evidence(h, payment.id);
    expect(e.payment.lastError).toBe("paypal_declined");
    expect(e).toMatchObject({ whmcsPayments: 0, fundings: 0 });
    expect((await whmcsOrders(h, BILLING.clientId)).map((o) => o.status)).toEqual(["Cancelled"]);
    expect(await h.db.paymentMethod.count()).toBe(0);
    const events = await eventsAbout(h, orderId);
    expect(events.map((ev) => ev.eventType)).toContain("PAYMENT.CAPTURE.DENIED");
    // The customer is told once, with the total PayPal showed them (VAT included), not the net.
    const told = await h.db.notification.findMany({ where: { kind: "payment_failed" } });
    expect(told.map((n) => n.params)).toEqual([
      expect.objectContaining({ paymentId: payment.id, amountMinor: 1_190, reason: "declined" }),
    ]);
  });

  it("cancelled in PayPal's window: the attempt and its WHMCS order are cancelled", async () => {
    const payment = await newPayPalRefill(h);
    const orderId = await started(payment);
    const result = await abandon(payment.id, paypalDeps(h), "cancelled_by_customer");
    expect(result.state).toBe("cancelled");
    expect((await reload(payment)).lastError).toBe("cancelled_by_customer");
    expect((await whmcsOrders(h, BILLING.clientId)).map((o) => o.status)).toEqual(["Cancelled"]);
    expect((await paypalClientFor(h).getOrder(orderId)).status).toBe("created");
    // A customer's own cancel is not a failed payment: nobody is told.
    expect(await h.db.notification.count({ where: { kind: "payment_failed" } })).toBe(0);
  });

  it("a quote abandoned before it was confirmed never reaches PayPal", async () => {
    const payment = await newPayPalRefill(h, { awaitConfirmation: true });
    const deps = paypalDeps(h);
    expect((await settle(payment.id, deps)).state).toBe("invoiced");
    expect((await abandon(payment.id, deps)).state).toBe("cancelled");
    expect((await reload(payment)).providerRef).toBeNull();
  });
});

describe("a saved PayPal account", () => {
  /** Pays once with the opt-in so the account is vaulted; returns the saved method. */
  async function savedAccount() {
    const first = await newPayPalRefill(h, { saveMethod: true });
    await approveAsBuyer(await started(first), paypalBuyers.buyer, base());
    expect((await settle(first.id, paypalDeps(h))).state).toBe("done");
    return h.db.paymentMethod.findFirstOrThrow({ where: { accountId: first.accountId } });
  }

  it("auto-refill charges it server-side: no approval, captured at once, WHMCS paid and funded once", async () => {
    const method = await savedAccount();
    const refill = await newPayPalRefill(h, {
      purpose: "auto-refill",
      paymentMethodId: method.id,
      amountMinor: 2_000,
    });
    expect((await settle(refill.id, paypalDeps(h))).state).toBe("done");
    const e = await evidence(h, refill.id);
    expect(e).toMatchObject({ whmcsPayments: 1, fundings: 1, fundedAmount: 20 });
    const order = await paypalClientFor(h).getOrder(e.payment.providerRef!);
    expect(order).toMatchObject({ status: "completed", customId: refill.id });
    expect(order.capture?.id).toBe(e.payment.providerTransactionId);
    // Already saved: not reported (and not duplicated) again.
    expect(await h.db.paymentMethod.count()).toBe(1);
  });

  it("auto-refill without a saved account fails instead of waiting for a buyer", async () => {
    const refill = await newPayPalRefill(h, { purpose: "auto-refill" });
    expect((await settle(refill.id, paypalDeps(h))).state).toBe("failed");
    expect((await reload(refill)).lastError).toBe("paypal_not_saved");
  });

  it("removing it deletes the token at PayPal; removing it twice is fine", async () => {
    const method = await savedAccount();
    const provider = paypalDeps(h).providers.get("paypal");
    await provider.forgetMethod?.(method.providerTokenId);
    await provider.forgetMethod?.(method.providerTokenId);
    const customer = await h.db.providerCustomer.findFirstOrThrow({});
    expect(await paypalClientFor(h).listPaymentTokens(customer.customerId)).toEqual([]);
    // A charge with the removed token fails plainly.
    const refill = await newPayPalRefill(h, { purpose: "auto-refill", paymentMethodId: method.id });
    expect((await settle(refill.id, paypalDeps(h))).state).toBe("failed");
    expect((await reload(refill)).lastError).toBe("paypal_not_saved");
  });
});

describe("lost and repeated answers", () => {
  it("the process dies after PayPal captured and before the state write: the next run reads the capture", async () => {
    const payment = await newPayPalRefill(h);
    const orderId = await started(payment);
    await approveAsBuyer(orderId, paypalBuyers.buyer, base());
    let crashed = false;
    const crashing = paypalDeps(h, undefined, {
      afterEffect: (at) => {
        if (at === "awaiting_payment" && !crashed) {
          crashed = true;
          throw new SimulatedCrash(at);
        }
      },
    });
    await expect(settle(payment.id, crashing)).rejects.toThrow(SimulatedCrash);
    expect((await rawOrder(h, orderId)).status).toBe("COMPLETED");
    await sleep(TEST_LEASE_MS + 50);
    expect((await settle(payment.id, paypalDeps(h))).state).toBe("done");
    expect((await rawOrder(h, orderId)).purchase_units[0]?.payments?.captures).toHaveLength(1);
    expect(await evidence(h, payment.id)).toMatchObject({ whmcsPayments: 1, fundings: 1 });
  });

  it("the connection drops after PayPal captured: the retry gets the same capture, not a second one", async () => {
    const payment = await newPayPalRefill(h);
    const orderId = await started(payment);
    await approveAsBuyer(orderId, paypalBuyers.buyer, base());
    let dropped = 0;
    // The request reaches PayPal and is carried out; only its answer never arrives.
    const dropsCaptureAnswer: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).endsWith("/capture") && dropped === 0) {
        dropped++;
        await response.arrayBuffer();
        throw new TypeError("fetch failed: socket hang up");
      }
      return response;
    };
    const flaky = paypalDeps(h, paypalClientFor(h, dropsCaptureAnswer));
    expect(await settle(payment.id, flaky)).toMatchObject({
      state: "awaiting_payment",
      outcome: "retry",
    });
    expect(dropped).toBe(1);
    expect((await settle(payment.id, flaky)).state).toBe("done");
    const captures = (await rawOrder(h, orderId)).purchase_units[0]?.payments?.captures ?? [];
    expect(captures).toHaveLength(1);
    const e = await evidence(h, payment.id);
    expect(e.payment.providerTransactionId).toBe(captures[0]!.id);
    expect(e).toMatchObject({ whmcsPayments: 1, fundings: 1 });
  });

  it("start repeated after a crash finds the same PayPal order (PayPal-Request-Id)", async () => {
    const payment = await newPayPalRefill(h);
    // Records the order id of every create answer, to see what a repeat gets back.
    const createdIds: string[] = [];
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === "POST" && String(input).endsWith("/v2/checkout/orders")) {
        createdIds.push(((await response.clone().json()) as { id: string }).id);
      }
      return response;
    };
    const paypal = paypalClientFor(h, recording);
    const crashing = paypalDeps(h, paypal, {
      afterEffect: (at) => {
        if (at === "invoiced") throw new SimulatedCrash(at);
      },
    });
    await expect(settle(payment.id, crashing)).rejects.toThrow(SimulatedCrash);
    await sleep(TEST_LEASE_MS + 50);
    const orderId = await started(payment, paypalDeps(h, paypal));
    expect(createdIds).toEqual([orderId, orderId]);
    await approveAsBuyer(orderId, paypalBuyers.buyer, base());
    expect((await settle(payment.id, paypalDeps(h))).state).toBe("done");
  });
});
