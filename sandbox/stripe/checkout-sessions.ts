import { z } from "zod";
import type { SandboxDeps } from "../context";
import type { Router } from "../http/router";
import { stripeRoute } from "./api";
import { emitEvent } from "./events";
import { invalidRequest, missingParamObject, resourceMissing } from "./errors";
import { stripeId, unixNow } from "./ids";
import { currencyParam, expandParam, intParam, metadataParam, parseParams } from "./params";
import { checkoutSessionJson } from "./serialize";
import type { StripeCheckoutSessionRecord } from "./state";

const lineItem = z
  .object({
    quantity: intParam,
    price: z.string().optional(),
    price_data: z
      .object({
        currency: currencyParam,
        unit_amount: intParam,
        product_data: z
          .object({
            name: z.string().min(1),
            description: z.string().optional(),
            metadata: metadataParam.optional(),
          })
          .strict(),
        tax_behavior: z.enum(["inclusive", "exclusive", "unspecified"]).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const createInput = z
  .object({
    mode: z.enum(["payment", "setup", "subscription"]),
    line_items: z.array(lineItem).min(1),
    success_url: z.url(),
    cancel_url: z.url().optional(),
    customer: z.string().min(1).optional(),
    customer_email: z.string().optional(),
    client_reference_id: z.string().max(200).optional(),
    metadata: metadataParam.optional(),
    payment_intent_data: z
      .object({
        metadata: metadataParam.optional(),
        setup_future_usage: z.enum(["on_session", "off_session"]).optional(),
        description: z.string().optional(),
        receipt_email: z.string().optional(),
      })
      .strict()
      .optional(),
    payment_method_types: z.array(z.literal("card")).optional(),
    expires_at: intParam.optional(),
    locale: z.string().optional(),
    submit_type: z.enum(["auto", "pay", "book", "donate", "subscribe"]).optional(),
    ui_mode: z.enum(["hosted_page", "hosted"]).optional(),
    customer_creation: z.enum(["always", "if_required"]).optional(),
    expand: expandParam,
  })
  .strict();

const expireInput = z.object({ expand: expandParam }).strict();

/**
 * `/v1/checkout/sessions` in payment mode. As since API 2022-08-01, no PaymentIntent exists until
 * the buyer pays on the hosted page (`payment_intent: null` until then).
 */
export function registerCheckoutSessions(router: Router, deps: SandboxDeps): void {
  stripeRoute(
    router,
    deps,
    "POST",
    "/v1/checkout/sessions",
    "checkout.sessions.create",
    ({ params, expand }) => {
      const input = parseParams(createInput, params);
      if (input.mode !== "payment") {
        throw invalidRequest(
          `The sandbox implements mode=payment only, not ${input.mode}.`,
          "mode",
        );
      }
      const items = input.line_items.map((item, index) => {
        if (!item.price_data) {
          throw missingParamObject("price", item.price ?? "", `line_items[${index}][price]`);
        }
        if (item.quantity < 1)
          throw invalidRequest("Quantity must be at least 1.", `line_items[${index}][quantity]`);
        if (item.price_data.unit_amount < 0) {
          throw invalidRequest(
            "Invalid non-negative integer",
            `line_items[${index}][price_data][unit_amount]`,
          );
        }
        return item.price_data;
      });
      const currency = items[0]?.currency ?? "usd";
      if (items.some((p) => p.currency !== currency)) {
        throw invalidRequest("All line items must use the same currency.", "line_items");
      }
      if (input.customer && !deps.store.state.stripe.customers[input.customer]) {
        throw missingParamObject("customer", input.customer, "customer");
      }
      if (input.customer && input.customer_email) {
        throw invalidRequest(
          "You may only specify one of these parameters: customer, customer_email.",
          "customer_email",
        );
      }
      const now = unixNow(deps.now());
      const expiresAt = input.expires_at ?? now + 24 * 60 * 60;
      if (expiresAt < now + 30 * 60 || expiresAt > now + 24 * 60 * 60) {
        throw invalidRequest(
          "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.",
          "expires_at",
        );
      }
      const lineItems = input.line_items.map((item, i) => ({
        name: items[i]?.product_data.name ?? "",
        unitAmount: items[i]?.unit_amount ?? 0,
        quantity: item.quantity,
      }));
      const session: StripeCheckoutSessionRecord = {
        id: stripeId("cs_test", 58),
        mode: "payment",
        status: "open",
        paymentStatus: "unpaid",
        currency,
        amountTotal: lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0),
        lineItems,
        customer: input.customer ?? null,
        customerEmail: input.customer_email ?? null,
        clientReferenceId: input.client_reference_id ?? null,
        metadata: input.metadata ?? {},
        paymentIntentData: {
          metadata: input.payment_intent_data?.metadata ?? {},
          setupFutureUsage: input.payment_intent_data?.setup_future_usage ?? null,
          description: input.payment_intent_data?.description ?? null,
        },
        paymentIntent: null,
        customerDetails: null,
        successUrl: input.success_url,
        cancelUrl: input.cancel_url ?? null,
        expiresAt,
        created: now,
      };
      if (session.amountTotal < 50) {
        throw invalidRequest(
          "The Checkout Session's total amount due must add up to at least $0.50 usd",
          "line_items",
          "amount_too_small",
        );
      }
      deps.store.update((state) => {
        state.stripe.checkoutSessions[session.id] = session;
      });
      return { body: checkoutSessionJson(session, deps, expand) };
    },
  );

  stripeRoute(
    router,
    deps,
    "GET",
    "/v1/checkout/sessions/:id",
    "checkout.sessions.retrieve",
    ({ path, expand }) => {
      const session = findCheckoutSession(deps, path.id ?? "");
      expireIfDue(deps, session);
      return { body: checkoutSessionJson(session, deps, expand) };
    },
  );

  stripeRoute(
    router,
    deps,
    "POST",
    "/v1/checkout/sessions/:id/expire",
    "checkout.sessions.expire",
    ({ params, path, expand }) => {
      parseParams(expireInput, params);
      const session = findCheckoutSession(deps, path.id ?? "");
      if (session.status !== "open") {
        throw invalidRequest(
          `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`,
        );
      }
      expire(deps, session);
      return { body: checkoutSessionJson(session, deps, expand) };
    },
  );
}

export function findCheckoutSession(deps: SandboxDeps, id: string) {
  const session = deps.store.state.stripe.checkoutSessions[id];
  if (!session) throw resourceMissing("checkout.session", id);
  return session;
}

/** Stripe expires an open session at `expires_at`; the sandbox does it lazily when it is looked at. */
export function expireIfDue(deps: SandboxDeps, session: StripeCheckoutSessionRecord): void {
  if (session.status === "open" && session.expiresAt <= unixNow(deps.now())) expire(deps, session);
}

function expire(deps: SandboxDeps, session: StripeCheckoutSessionRecord): void {
  deps.store.update(() => {
    session.status = "expired";
  });
  emitEvent(deps, "checkout.session.expired", checkoutSessionJson(session, deps));
}
