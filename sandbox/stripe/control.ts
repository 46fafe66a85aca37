import { z } from "zod";
import type { SandboxDeps } from "../context";
import { readJson } from "../http/body";
import { sendJson } from "../http/respond";
import type { Router } from "../http/router";
import { brandOf, cardBehaviour, normaliseCardNumber } from "./cards";
import { setStripeWebhookEndpoint, stripeWebhookEndpoint } from "./endpoint";
import { emitEvent } from "./events";
import { stripeId, unixNow } from "./ids";
import { eventJson, paymentMethodJson } from "./serialize";

const endpointInput = z
  .object({
    url: z.union([z.url(), z.null()]).optional(),
    secret: z.string().min(8).optional(),
  })
  .strict();

const cardInput = z
  .object({
    customer: z.string().min(1),
    number: z.string().min(12),
    expMonth: z.number().int().min(1).max(12).optional(),
    expYear: z.number().int().min(2000).max(2100).optional(),
    name: z.string().optional(),
    /** As if saved through Checkout with `setup_future_usage=off_session` (default true). */
    offSessionReady: z.boolean().optional(),
  })
  .strict();

/**
 * `/_control/stripe/*`: where webhooks go (`webhook-endpoint`), and the events Stripe recorded
 * (`events?type=…`, newest first) so tests can look without running a receiver, and `cards`: a saved
 * card for a customer in one call (what a finished Checkout with consent leaves behind), for tests
 * that start at "the customer has a saved card".
 */
export function registerStripeControl(router: Router, deps: SandboxDeps): void {
  router.on("GET", "/_control/stripe/webhook-endpoint", (ctx) =>
    sendJson(ctx.res, 200, { ...stripeWebhookEndpoint(deps) }),
  );
  router.on("POST", "/_control/stripe/webhook-endpoint", async (ctx) => {
    let body: unknown;
    try {
      body = await readJson(ctx.req);
    } catch {
      return sendJson(ctx.res, 400, { error: "invalid_json" });
    }
    const parsed = endpointInput.safeParse(body);
    if (!parsed.success) {
      return sendJson(ctx.res, 400, {
        error: "invalid_input",
        message: parsed.error.issues[0]?.message ?? "",
      });
    }
    sendJson(ctx.res, 200, { ok: true, ...setStripeWebhookEndpoint(deps, parsed.data) });
  });
  router.on("GET", "/_control/stripe/events", (ctx) => {
    const type = ctx.url.searchParams.get("type");
    const events = deps.store.state.stripe.events
      .filter((e) => !type || e.type === type)
      .slice()
      .reverse()
      .map((e) => JSON.parse(JSON.stringify(eventJson(e))) as Record<string, never>);
    sendJson(ctx.res, 200, { events });
  });
  router.on("POST", "/_control/stripe/cards", async (ctx) => {
    let body: unknown;
    try {
      body = await readJson(ctx.req);
    } catch {
      return sendJson(ctx.res, 400, { error: "invalid_json" });
    }
    const parsed = cardInput.safeParse(body);
    if (!parsed.success) {
      return sendJson(ctx.res, 400, {
        error: "invalid_input",
        message: parsed.error.issues[0]?.message ?? "",
      });
    }
    const input = parsed.data;
    const number = normaliseCardNumber(input.number);
    const behaviour = cardBehaviour(number);
    if ("invalid" in behaviour) return sendJson(ctx.res, 400, { error: "invalid_card_number" });
    const customer = deps.store.state.stripe.customers[input.customer];
    if (!customer) return sendJson(ctx.res, 404, { error: "customer_not_found" });
    const pm = {
      id: stripeId("pm"),
      customer: customer.id,
      cardNumber: number,
      brand: behaviour.brand === "unknown" ? brandOf(number) : behaviour.brand,
      last4: number.slice(-4),
      expMonth: input.expMonth ?? 12,
      expYear: input.expYear ?? new Date(deps.now()).getUTCFullYear() + 3,
      name: input.name ?? customer.name,
      email: customer.email,
      offSessionReady: input.offSessionReady ?? true,
      metadata: {},
      created: unixNow(deps.now()),
    };
    deps.store.update((state) => {
      state.stripe.paymentMethods[pm.id] = pm;
    });
    const json = paymentMethodJson(pm, deps);
    emitEvent(deps, "payment_method.attached", json);
    sendJson(ctx.res, 201, JSON.parse(JSON.stringify(json)) as Record<string, never>);
  });
}
