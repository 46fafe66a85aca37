import { describe, expect, it } from "vitest";
import {
  PayPalAlreadyCapturedError,
  PayPalAuthError,
  PayPalDeclinedError,
  PayPalNotApprovedError,
  PayPalNotFoundError,
  PayPalUnavailableError,
} from "@/lib/paypal";
import { paypalBuyers } from "@/sandbox/seed-data/paypal-buyers";
import {
  sandbox,
  deliveries,
  tokenCalls,
  paypal,
  rid,
  client,
  control,
  start,
  approveAsBuyer,
  payAsGuest,
  until,
  eventOf,
  resetTokenCalls,
  paypalSandboxPerFile,
  receiverUrl,
} from "./support/paypal";

/** lib/paypal against the sandbox's PayPal emulator over real HTTP: tokens, orders, vault, failures. */
paypalSandboxPerFile();

describe("OAuth", () => {
  it("refuses wrong client credentials as an auth error", async () => {
    const wrong = client({ clientSecret: "nope" });
    await expect(wrong.getOrder("ABC")).rejects.toBeInstanceOf(PayPalAuthError);
  });

  it("reuses the token until it expires, then fetches a new one", async () => {
    await control("settings", { tokenTtlSeconds: 1 });
    const shortLived = client();
    resetTokenCalls();
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
