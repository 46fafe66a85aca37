import { describe, expect, it } from "vitest";
import { paypalBuyers } from "@/sandbox/seed-data/paypal-buyers";
import {
  sandbox,
  deliveries,
  paypal,
  rid,
  client,
  approveAsBuyer,
  until,
  eventOf,
  failNextDeliveries,
  paypalSandboxPerFile,
} from "./support/paypal";

/** PayPal webhooks from the sandbox: signed, delivered, retried, verified by postback. */
paypalSandboxPerFile();

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
    failNextDeliveries([500, 503]);
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
