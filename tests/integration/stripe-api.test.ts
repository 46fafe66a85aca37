import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRIPE_API_VERSION, StripeFailure, type StripeGateway } from "@/lib/stripe";
import { startSandbox } from "@/sandbox/server";
import {
  CARDS,
  control,
  gatewayFor,
  payOnPage,
  SECRET_KEY,
  startStripeSandbox,
  type Sandbox,
} from "./support/stripe";

/** The Stripe v1 surface as the official SDK sees it: errors, idempotency, faults, persistence. */
let sandbox: Sandbox;
let dataDir: string;
let remove: () => void;
let stripe: StripeGateway;
let sdk: Stripe;

function sdkFor(url: string, key = SECRET_KEY, maxNetworkRetries = 0) {
  const { hostname, port } = new URL(url);
  return new Stripe(key, {
    host: hostname,
    port: Number(port),
    protocol: "http",
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries,
  });
}

beforeAll(async () => {
  ({ sandbox, dataDir, remove } = await startStripeSandbox());
  stripe = gatewayFor(sandbox);
  sdk = sdkFor(sandbox.url);
});

afterAll(async () => {
  await sandbox.close();
  remove();
});

/** A customer with a saved 4242 card, made the way production makes them: on the hosted page. */
async function customerWithCard() {
  const { customerId } = await stripe.createCustomer(
    { email: "refill@demo.test" },
    `c:${Math.random()}`,
  );
  const { url } = await stripe.createCheckout(
    {
      customerId,
      amountMinor: 1000,
      currency: "USD",
      productName: "Account credit",
      saveCard: true,
      clientReferenceId: "setup",
      metadata: {},
      successUrl: "http://portal.invalid/ok",
      cancelUrl: "http://portal.invalid/cancel",
    },
    `s:${Math.random()}`,
  );
  await payOnPage(url, CARDS.visa);
  const [saved] = await stripe.listSavedCards(customerId);
  return { customerId, paymentMethodId: saved!.paymentMethodId };
}

/** A saved card straight from the control API (e.g. 0341: saving works, charging is declined). */
async function customerWithSeededCard(number: string) {
  const { customerId } = await stripe.createCustomer(
    { email: "seeded@demo.test" },
    `c:${Math.random()}`,
  );
  const { status, body } = await control(sandbox, "stripe/cards", { customer: customerId, number });
  expect(status).toBe(201);
  return { customerId, paymentMethodId: String(body.id) };
}

describe("errors as Stripe shapes them", () => {
  it("refuses a missing or unknown API key with 401", async () => {
    const noKey = await fetch(`${sandbox.url}/v1/customers/cus_x`);
    expect(noKey.status).toBe(401);
    expect(((await noKey.json()) as { error: { message: string } }).error.message).toMatch(
      /did not provide an API key/,
    );
    const wrong = await sdkFor(sandbox.url, "sk_live_nope_123456")
      .customers.retrieve("cus_x")
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect((wrong as Stripe.errors.StripeError).message).toMatch(
      /^Invalid API Key provided: sk_live_/,
    );
  });

  it("answers 404 resource_missing for an unknown object and 400 for unknown or missing parameters", async () => {
    const missing = (await stripe
      .getPaymentIntent("pi_unknown")
      .catch((e: unknown) => e)) as StripeFailure;
    expect([missing.code, missing.status, missing.message]).toEqual([
      "not_found",
      404,
      "No such payment_intent: 'pi_unknown'",
    ]);

    const unknown = (await sdk.customers
      .create({ email: "a@b.test", colour: "blue" } as Stripe.CustomerCreateParams)
      .catch((e: unknown) => e)) as Stripe.errors.StripeInvalidRequestError;
    expect([unknown.statusCode, unknown.message, unknown.param]).toEqual([
      400,
      "Received unknown parameter: colour",
      "colour",
    ]);

    const noItems = (await sdk.checkout.sessions
      .create({ mode: "payment", success_url: "http://x.invalid/ok" })
      .catch((e: unknown) => e)) as Stripe.errors.StripeInvalidRequestError;
    expect(noItems.message).toBe("Missing required param: line_items.");

    const small = (await sdk.paymentIntents
      .create({ amount: 20, currency: "usd" })
      .catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect([small.code, small.param]).toEqual(["amount_too_small", "amount"]);
  });

  it("answers a declined saved card with 402 and the PaymentIntent", async () => {
    const { customerId, paymentMethodId } = await customerWithSeededCard("4000000000000341");
    expect(await stripe.getSavedCard(paymentMethodId)).toMatchObject({ last4: "0341", customerId });
    const error = (await sdk.paymentIntents
      .create({
        amount: 900,
        currency: "usd",
        customer: customerId,
        payment_method: paymentMethodId,
        off_session: true,
        confirm: true,
      })
      .catch((e: unknown) => e)) as Stripe.errors.StripeCardError;
    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect([error.statusCode, error.code, error.decline_code]).toEqual([
      402,
      "card_declined",
      "generic_decline",
    ]);
    expect(error.payment_intent).toMatchObject({
      status: "requires_payment_method",
      last_payment_error: { code: "card_declined", payment_method: { id: paymentMethodId } },
    });
  });
});

describe("return_url", () => {
  it("is required to confirm on-session unless redirects are ruled out, as Stripe requires it", async () => {
    const { customerId, paymentMethodId } = await customerWithSeededCard("4242424242424242");
    const base = {
      amount: 900,
      currency: "usd",
      customer: customerId,
      payment_method: paymentMethodId,
      confirm: true,
    };
    const refused = (await sdk.paymentIntents
      .create(base)
      .catch((e: unknown) => e)) as Stripe.errors.StripeInvalidRequestError;
    expect(refused).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(refused.param).toBe("return_url");
    const paid = await sdk.paymentIntents.create({
      ...base,
      automatic_payment_methods: { enabled: true, allow_redirects: "never" },
    });
    expect(paid.status).toBe("succeeded");
  });
});

describe("Idempotency-Key", () => {
  it("replays the first answer for the same key and parameters, and never charges twice", async () => {
    const { customerId, paymentMethodId } = await customerWithCard();
    const input = {
      customerId,
      paymentMethodId,
      amountMinor: 1500,
      currency: "USD",
      metadata: { attempt: "a1" },
      offSession: true,
    };
    const first = await stripe.chargeSavedCard(input, "autorefill:a1");
    const second = await stripe.chargeSavedCard(input, "autorefill:a1");
    expect(second.id).toBe(first.id);

    const raw = await fetch(`${sandbox.url}/v1/customers`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${SECRET_KEY}`,
        "idempotency-key": "cust:1",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "email=x%40y.test",
    });
    const replay = await fetch(`${sandbox.url}/v1/customers`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${SECRET_KEY}`,
        "idempotency-key": "cust:1",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "email=x%40y.test",
    });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.json()).toEqual(await raw.json());
  });

  it("refuses the same key with different parameters (400 idempotency_error)", async () => {
    const { customerId, paymentMethodId } = await customerWithCard();
    const input = {
      customerId,
      paymentMethodId,
      amountMinor: 1500,
      currency: "USD",
      metadata: {},
      offSession: true,
    };
    await stripe.chargeSavedCard(input, "autorefill:a2");
    const error = (await stripe
      .chargeSavedCard({ ...input, amountMinor: 1600 }, "autorefill:a2")
      .catch((e: unknown) => e)) as StripeFailure;
    expect([error.code, error.status]).toEqual(["idempotency_conflict", 400]);
  });

  it("replays a card failure too, so a retried refill does not hit the bank again", async () => {
    const { customerId, paymentMethodId } = await customerWithSeededCard("4000 0000 0000 0341");
    const input = {
      customerId,
      paymentMethodId,
      amountMinor: 900,
      currency: "USD",
      metadata: {},
      offSession: true,
    };
    const first = (await stripe
      .chargeSavedCard(input, "autorefill:a3")
      .catch((e: unknown) => e)) as StripeFailure;
    const again = (await stripe
      .chargeSavedCard(input, "autorefill:a3")
      .catch((e: unknown) => e)) as StripeFailure;
    expect([first.code, again.code]).toEqual(["declined", "declined"]);
    expect(again.paymentIntentId).toBe(first.paymentIntentId);
  });
});

describe("faults and retries", () => {
  it("a 500 is retried by the SDK with the same key and charges once", async () => {
    const { customerId, paymentMethodId } = await customerWithCard();
    const retrying = gatewayFor(sandbox, 2);
    await control(sandbox, "faults", {
      service: "stripe",
      action: "payment_intents.create",
      status: 500,
      times: 1,
    });
    const intent = await retrying.chargeSavedCard(
      {
        customerId,
        paymentMethodId,
        amountMinor: 700,
        currency: "USD",
        metadata: {},
        offSession: true,
      },
      "autorefill:fault",
    );
    expect(intent.status).toBe("succeeded");
    const { body } = await control(sandbox, "faults", undefined, "GET");
    expect(body.faults).toEqual([]);
    const events = await control(
      sandbox,
      "stripe/events?type=payment_intent.succeeded",
      undefined,
      "GET",
    );
    const charges = (events.body.events as { data: { object: { customer: string } } }[]).filter(
      (e) => e.data.object.customer === customerId,
    );
    // The setup payment on the hosted page, plus exactly one refill.
    expect(charges).toHaveLength(2);
  });

  it("a 500 without retries is a retryable failure", async () => {
    await control(sandbox, "faults", {
      service: "stripe",
      action: "customers.create",
      status: 503,
      times: 1,
    });
    const error = (await stripe
      .createCustomer({ email: "x@y.test" }, "c:fault")
      .catch((e: unknown) => e)) as StripeFailure;
    expect([error.code, error.retryable]).toEqual(["unavailable", true]);
  });
});

describe("refunds", () => {
  it("refunds part, then the rest, then refuses", async () => {
    const { customerId, paymentMethodId } = await customerWithCard();
    const paid = await stripe.chargeSavedCard(
      {
        customerId,
        paymentMethodId,
        amountMinor: 2000,
        currency: "USD",
        metadata: {},
        offSession: true,
      },
      "charge:refund",
    );
    expect(
      await stripe.refund({ paymentIntentId: paid.id, amountMinor: 500 }, "refund:1"),
    ).toMatchObject({ amountMinor: 500 });
    expect(await stripe.refund({ paymentIntentId: paid.id }, "refund:2")).toMatchObject({
      amountMinor: 1500,
    });
    const error = (await stripe
      .refund({ paymentIntentId: paid.id }, "refund:3")
      .catch((e: unknown) => e)) as StripeFailure;
    expect([error.code, error.stripeCode]).toEqual(["invalid_request", "charge_already_refunded"]);
  });
});

describe("persistence", () => {
  it("keeps customers, cards and payments across a restart, and forgets them on reset", async () => {
    const { customerId, paymentMethodId } = await customerWithCard();
    await sandbox.close();
    sandbox = await startSandbox({ port: 0, smtpPort: 0, dataDir, quiet: true });
    stripe = gatewayFor(sandbox);
    expect(await stripe.listSavedCards(customerId)).toMatchObject([
      { paymentMethodId, last4: "4242" },
    ]);
    const intent = await stripe.chargeSavedCard(
      {
        customerId,
        paymentMethodId,
        amountMinor: 800,
        currency: "USD",
        metadata: {},
        offSession: true,
      },
      "after-restart",
    );
    expect(intent.status).toBe("succeeded");

    await control(sandbox, "reset");
    const gone = (await stripe
      .getSavedCard(paymentMethodId)
      .catch((e: unknown) => e)) as StripeFailure;
    expect(gone.code).toBe("not_found");
  });
});
