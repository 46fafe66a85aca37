import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StripeGateway } from "@/lib/stripe";
import {
  control,
  eventually,
  gatewayFor,
  startReceiver,
  startStripeSandbox,
  WEBHOOK_SECRET,
  type Receiver,
  type Sandbox,
} from "./support/stripe";

/**
 * Webhook delivery and the controls that make it misbehave on purpose (duplicate, drop, reorder,
 * hold, delay) plus retries of failed deliveries: what the portal's handler must survive. The
 * events come from seeding saved cards (one `payment_method.attached` each), the cheapest trigger.
 */
let sandbox: Sandbox;
let remove: () => void;
let stripe: StripeGateway;
let receiver: Receiver;
let customerId: string;

type Delivery = {
  label: string;
  status: string;
  mode: string;
  copy: number;
  attempts: { status: number | null }[];
};

beforeAll(async () => {
  ({ sandbox, remove } = await startStripeSandbox());
  stripe = gatewayFor(sandbox);
  receiver = await startReceiver(stripe);
});

beforeEach(async () => {
  await control(sandbox, "reset");
  await control(sandbox, "stripe/webhook-endpoint", { url: receiver.url, secret: WEBHOOK_SECRET });
  ({ customerId } = await stripe.createCustomer(
    { email: "hooks@demo.test" },
    `c:${Math.random()}`,
  ));
  receiver.clear();
});

afterAll(async () => {
  await receiver.close();
  await sandbox.close();
  remove();
});

/** One `payment_method.attached` event per call; returns its payment method id. */
async function emitEvent(): Promise<string> {
  const { body } = await control(sandbox, "stripe/cards", {
    customer: customerId,
    number: "4242424242424242",
  });
  return String(body.id);
}

async function deliveries(): Promise<Delivery[]> {
  await control(sandbox, "webhooks/idle");
  const { body } = await control(sandbox, "webhooks?provider=stripe", undefined, "GET");
  return body.deliveries as Delivery[];
}

const receivedIds = () =>
  receiver.received.map((r) =>
    r.event.kind === "payment_method" ? r.event.paymentMethodId : r.event.type,
  );

describe("webhook delivery", () => {
  it("delivers signed events in order and lists them with their HTTP status", async () => {
    const first = await emitEvent();
    const second = await emitEvent();
    await eventually(() => receiver.received.length === 2);
    expect(receivedIds()).toEqual([first, second]);
    expect(receiver.rejected).toEqual([]);
    const list = await deliveries();
    expect(list.map((d) => [d.status, d.attempts.map((a) => a.status)])).toEqual([
      ["delivered", [200]],
      ["delivered", [200]],
    ]);
    expect(list[0]!.label).toMatch(/^evt_\w+ payment_method\.attached$/);
  });

  it("retries a delivery the portal refused, with backoff, until it is accepted", async () => {
    await control(sandbox, "webhooks/settings", { retryBaseMs: 20 });
    receiver.failNext(2);
    const id = await emitEvent();
    await eventually(() => receiver.received.length === 1);
    expect(receivedIds()).toEqual([id]);
    const [delivery] = await deliveries();
    expect(delivery!.attempts.map((a) => a.status)).toEqual([500, 500, 200]);
    expect(delivery!.status).toBe("delivered");
  });

  it("gives up after maxAttempts and says so", async () => {
    await control(sandbox, "webhooks/settings", { retryBaseMs: 5, maxAttempts: 3 });
    receiver.failNext(10);
    await emitEvent();
    const [delivery] = await deliveries();
    expect([delivery!.status, delivery!.attempts.length]).toEqual(["failed", 3]);
    receiver.failNext(0);
  });

  it("signs with the configured secret: a receiver with another secret refuses", async () => {
    await control(sandbox, "stripe/webhook-endpoint", { secret: "whsec_someone_else" });
    await control(sandbox, "webhooks/settings", { maxAttempts: 1 });
    await emitEvent();
    await eventually(() => receiver.rejected.length === 1);
    expect(receiver.received).toEqual([]);
    const [delivery] = await deliveries();
    expect(delivery!.attempts.map((a) => a.status)).toEqual([400]);
  });
});

describe("delivery controls", () => {
  it("duplicate: the same event arrives twice", async () => {
    await control(sandbox, "webhooks", { mode: "duplicate", count: 1 });
    const id = await emitEvent();
    await eventually(() => receiver.received.length === 2);
    expect(receivedIds()).toEqual([id, id]);
    expect(receiver.received[0]!.event.eventId).toBe(receiver.received[1]!.event.eventId);
    expect((await deliveries()).map((d) => d.copy)).toEqual([1, 2]);
  });

  it("drop: the next event never arrives, the one after does", async () => {
    await control(sandbox, "webhooks", { mode: "drop" });
    await emitEvent();
    const kept = await emitEvent();
    await eventually(() => receiver.received.length === 1);
    expect(receivedIds()).toEqual([kept]);
    expect((await deliveries()).map((d) => d.status)).toEqual(["dropped", "delivered"]);
  });

  it("reorder: the next two events arrive newest first", async () => {
    await control(sandbox, "webhooks", { mode: "reorder", count: 2 });
    const first = await emitEvent();
    expect(receiver.received).toEqual([]);
    const second = await emitEvent();
    await eventually(() => receiver.received.length === 2);
    expect(receivedIds()).toEqual([second, first]);
  });

  it("hold + flush: events wait until released, in the order asked for", async () => {
    await control(sandbox, "webhooks", { mode: "hold", count: 3 });
    const ids = [await emitEvent(), await emitEvent(), await emitEvent()];
    await new Promise((r) => setTimeout(r, 100));
    expect(receiver.received).toEqual([]);
    expect((await deliveries()).map((d) => d.status)).toEqual(["held", "held", "held"]);
    const { body } = await control(sandbox, "webhooks/flush", { order: "reverse" });
    expect(body.flushed).toBe(3);
    await eventually(() => receiver.received.length === 3);
    expect(receivedIds()).toEqual([...ids].reverse());
  });

  it("delay: the event arrives after the delay", async () => {
    await control(sandbox, "webhooks", { mode: "delay", delayMs: 300 });
    const sent = Date.now();
    await emitEvent();
    await eventually(() => receiver.received.length === 1);
    expect(receiver.received[0]!.at - sent).toBeGreaterThanOrEqual(280);
  });

  it("rejects a malformed rule and forgets rules on reset", async () => {
    expect((await control(sandbox, "webhooks", { mode: "explode" })).status).toBe(400);
    await control(sandbox, "webhooks", { mode: "drop", count: 5 });
    await control(sandbox, "reset");
    const { body } = await control(sandbox, "webhooks", undefined, "GET");
    expect([body.rules, body.deliveries]).toEqual([[], []]);
  });
});
