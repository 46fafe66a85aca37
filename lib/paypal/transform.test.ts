import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseWebhookEvent } from "./index";
import { orderWire } from "./schemas";
import { createOrderBody, toOrder } from "./transform";

const captured = JSON.parse(
  readFileSync(new URL("./__fixtures__/captured-order.json", import.meta.url), "utf8"),
) as unknown;

describe("createOrderBody", () => {
  it("sends the amount as PayPal's decimal string and our reference", () => {
    expect(
      createOrderBody({ requestId: "r", amountMinor: 1999, currency: "usd", customId: "pay_1" }),
    ).toEqual({
      intent: "CAPTURE",
      purchase_units: [{ amount: { currency_code: "USD", value: "19.99" }, custom_id: "pay_1" }],
    });
  });

  it("asks to vault the PayPal account on success only when told to", () => {
    const body = createOrderBody({
      requestId: "r",
      amountMinor: 1000,
      currency: "EUR",
      vault: { usagePattern: "THRESHOLD_PREPAID" },
    });
    expect(body.payment_source).toEqual({
      paypal: {
        attributes: {
          vault: {
            store_in_vault: "ON_SUCCESS",
            usage_type: "MERCHANT",
            customer_type: "CONSUMER",
            usage_pattern: "THRESHOLD_PREPAID",
          },
        },
      },
    });
    expect(
      createOrderBody({ requestId: "r", amountMinor: 1, currency: "EUR", vault: false }),
    ).not.toHaveProperty("payment_source");
  });

  it("sends the return and cancel URLs where PayPal reads them for each kind of order", () => {
    const urls = { returnUrl: "https://portal.test/r", cancelUrl: "https://portal.test/c" };
    const saved = createOrderBody({
      requestId: "r",
      amountMinor: 1000,
      currency: "EUR",
      vault: { permitMultiplePaymentTokens: false },
      ...urls,
    });
    expect(saved.payment_source).toMatchObject({
      paypal: {
        attributes: { vault: { permit_multiple_payment_tokens: false } },
        experience_context: { return_url: urls.returnUrl, cancel_url: urls.cancelUrl },
      },
    });
    expect(saved).not.toHaveProperty("application_context");
    const plain = createOrderBody({ requestId: "r", amountMinor: 1000, currency: "EUR", ...urls });
    expect(plain).not.toHaveProperty("payment_source");
    expect(plain.application_context).toEqual({
      return_url: urls.returnUrl,
      cancel_url: urls.cancelUrl,
    });
  });

  it("charges a saved account by its vault id", () => {
    const body = createOrderBody({
      requestId: "r",
      amountMinor: 1500,
      currency: "JPY",
      vaultId: "8kk8451t",
    });
    expect(body).toMatchObject({
      purchase_units: [{ amount: { currency_code: "JPY", value: "1500" } }],
      payment_source: { paypal: { vault_id: "8kk8451t" } },
    });
  });
});

describe("toOrder", () => {
  it("maps a captured, vaulted order to domain fields", () => {
    const order = toOrder(orderWire.parse(captured));
    expect(order).toEqual({
      id: "5O190127TN364715T",
      status: "completed",
      amount: { amountMinor: 2550, currency: "EUR" },
      customId: "pay_123",
      invoiceId: null,
      fundingSource: "paypal",
      payerEmail: "buyer@example.com",
      payerId: "QYR5Z8XDVJNXQ",
      capture: {
        id: "3C679366HH908993F",
        status: "completed",
        amount: { amountMinor: 2550, currency: "EUR" },
      },
      vault: { vaultId: "nkq2y9g", customerId: "ROiEOqONPk", status: "VAULTED" },
      approveUrl: null,
    });
  });

  it("maps a new order with its approval link and a guest card order without vault", () => {
    const created = toOrder(
      orderWire.parse({
        id: "ABC",
        status: "CREATED",
        links: [{ href: "https://www.paypal.com/checkoutnow?token=ABC", rel: "approve" }],
      }),
    );
    expect(created).toMatchObject({
      status: "created",
      approveUrl: expect.stringContaining("token=ABC"),
    });
    const card = toOrder(
      orderWire.parse({
        id: "C",
        status: "APPROVED",
        payment_source: { card: { last_digits: "4242" } },
      }),
    );
    expect(card).toMatchObject({ fundingSource: "card", vault: null });
  });

  it("rejects a body without an id", () => {
    expect(orderWire.safeParse({ status: "CREATED" }).success).toBe(false);
  });
});

describe("parseWebhookEvent", () => {
  it("reads a capture event with its order and custom id", () => {
    const event = parseWebhookEvent(
      JSON.stringify({
        id: "WH-1",
        event_type: "PAYMENT.CAPTURE.COMPLETED",
        create_time: "2026-11-30T01:00:00Z",
        resource: {
          id: "CAP1",
          status: "COMPLETED",
          amount: { currency_code: "USD", value: "10.00" },
          custom_id: "pay_9",
          supplementary_data: { related_ids: { order_id: "ORD1" } },
        },
      }),
    );
    expect(event).toMatchObject({
      id: "WH-1",
      type: "PAYMENT.CAPTURE.COMPLETED",
      orderId: "ORD1",
      capture: {
        id: "CAP1",
        status: "completed",
        amount: { amountMinor: 1000 },
        customId: "pay_9",
      },
      customId: "pay_9",
    });
  });

  it("reads an order event's id and our custom id", () => {
    const event = parseWebhookEvent(
      JSON.stringify({
        id: "WH-3",
        event_type: "CHECKOUT.ORDER.APPROVED",
        create_time: "2026-11-30T01:00:00Z",
        resource: { id: "ORD2", status: "APPROVED", purchase_units: [{ custom_id: "pay_7" }] },
      }),
    );
    expect(event).toMatchObject({ orderId: "ORD2", customId: "pay_7", capture: null });
  });

  it("reads vault token events and ignores garbage", () => {
    const event = parseWebhookEvent(
      JSON.stringify({
        id: "WH-2",
        event_type: "VAULT.PAYMENT-TOKEN.DELETED",
        create_time: "t",
        resource: { id: "tok1", customer: { id: "cus1" } },
      }),
    );
    expect(event?.vaultToken).toEqual({ vaultId: "tok1", customerId: "cus1" });
    expect(parseWebhookEvent("not json")).toBeNull();
    expect(parseWebhookEvent('{"id":"x"}')).toBeNull();
  });
});
