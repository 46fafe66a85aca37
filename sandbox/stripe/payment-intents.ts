import { z } from "zod";
import type { SandboxDeps } from "../context";
import type { Router } from "../http/router";
import { stripeRoute } from "./api";
import { confirmWithCard, newPaymentIntent, type ConfirmOutcome } from "./charge";
import { emitEvent } from "./events";
import {
  cardError,
  invalidRequest,
  missingParamObject,
  resourceMissing,
  StripeApiError,
} from "./errors";
import { unixNow } from "./ids";
import {
  boolParam,
  currencyParam,
  expandParam,
  intParam,
  metadataParam,
  parseParams,
} from "./params";
import { paymentIntentJson, paymentMethodJson } from "./serialize";
import type { StripePaymentIntentRecord } from "./state";

const offSessionParam = z.union([
  boolParam,
  z.enum(["one_off", "recurring"]).transform(() => true),
]);

const createInput = z
  .object({
    amount: intParam,
    currency: currencyParam,
    customer: z.string().min(1).optional(),
    payment_method: z.string().min(1).optional(),
    confirm: boolParam.optional(),
    off_session: offSessionParam.optional(),
    setup_future_usage: z.enum(["on_session", "off_session"]).optional(),
    metadata: metadataParam.optional(),
    description: z.string().optional(),
    receipt_email: z.string().optional(),
    return_url: z.url().optional(),
    payment_method_types: z.array(z.literal("card")).optional(),
    automatic_payment_methods: z
      .object({ enabled: boolParam, allow_redirects: z.enum(["always", "never"]).optional() })
      .strict()
      .optional(),
    capture_method: z.literal("automatic").optional(),
    confirmation_method: z.literal("automatic").optional(),
    statement_descriptor_suffix: z.string().max(22).optional(),
    expand: expandParam,
  })
  .strict();

const confirmInput = z
  .object({
    payment_method: z.string().min(1).optional(),
    off_session: offSessionParam.optional(),
    return_url: z.url().optional(),
    expand: expandParam,
  })
  .strict();

const cancelInput = z
  .object({
    cancellation_reason: z
      .enum(["duplicate", "fraudulent", "requested_by_customer", "abandoned"])
      .optional(),
    expand: expandParam,
  })
  .strict();

/** Smallest charge per currency, as Stripe enforces it (only the ones the portal may use). */
const MINIMUM: Record<string, number> = { usd: 50, eur: 50, gbp: 30, chf: 50 };

/**
 * `/v1/payment_intents`: create (optionally confirming with a saved card, on- or off-session),
 * retrieve, confirm, cancel. A card failure answers 402 with the PaymentIntent in the error, and
 * the PaymentIntent stays in `requires_payment_method` — as Stripe does.
 */
export function registerPaymentIntents(router: Router, deps: SandboxDeps): void {
  stripeRoute(
    router,
    deps,
    "POST",
    "/v1/payment_intents",
    "payment_intents.create",
    ({ params, expand }) => {
      const input = parseParams(createInput, params);
      if (input.amount < (MINIMUM[input.currency] ?? 1)) {
        throw invalidRequest(
          `Amount must be at least ${MINIMUM[input.currency] ?? 1} in the smallest currency unit`,
          "amount",
          "amount_too_small",
        );
      }
      if (input.amount > 99_999_999)
        throw invalidRequest(
          "Amount must be no more than 999,999.99",
          "amount",
          "amount_too_large",
        );
      if (input.off_session && !input.confirm) {
        throw invalidRequest("off_session can only be used when confirm=true.", "off_session");
      }
      if (input.confirm && !input.off_session && !input.return_url && redirectsAllowed(input)) {
        throw invalidRequest(
          "A `return_url` must be specified because this Payment Intent is configured to automatically accept the payment methods enabled in the Dashboard, some of which may require a full page redirect to succeed. If you do not want to accept redirect-based payment methods, set `automatic_payment_methods[enabled]` to `true` and `automatic_payment_methods[allow_redirects]` to `never` when creating Setup Intents and Payment Intents.",
          "return_url",
        );
      }
      if (input.customer && !deps.store.state.stripe.customers[input.customer]) {
        throw missingParamObject("customer", input.customer, "customer");
      }
      const pm = input.payment_method
        ? usablePaymentMethod(deps, input.payment_method, input.customer ?? null)
        : undefined;
      const pi = newPaymentIntent(deps, {
        amount: input.amount,
        currency: input.currency,
        customer: input.customer ?? null,
        metadata: input.metadata ?? {},
        description: input.description ?? null,
        receiptEmail: input.receipt_email ?? null,
        setupFutureUsage: input.setup_future_usage ?? null,
        returnUrl: input.return_url ?? null,
        checkoutSession: null,
      });
      if (pm) {
        deps.store.update(() => {
          pi.paymentMethod = pm.id;
          pi.status = "requires_confirmation";
        });
      }
      emitEvent(deps, "payment_intent.created", paymentIntentJson(pi, deps));
      if (!input.confirm) return { body: paymentIntentJson(pi, deps, expand) };
      if (!pm) {
        throw invalidRequest(
          "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.",
          "payment_method",
          "payment_intent_unexpected_state",
        );
      }
      return answer(deps, pi, confirmWithCard(deps, pi, pm, input.off_session ?? false), expand);
    },
  );

  stripeRoute(
    router,
    deps,
    "GET",
    "/v1/payment_intents/:id",
    "payment_intents.retrieve",
    ({ path, expand }) => ({
      body: paymentIntentJson(findPaymentIntent(deps, path.id ?? ""), deps, expand),
    }),
  );

  stripeRoute(
    router,
    deps,
    "POST",
    "/v1/payment_intents/:id/confirm",
    "payment_intents.confirm",
    ({ params, path, expand }) => {
      const input = parseParams(confirmInput, params);
      const pi = findPaymentIntent(deps, path.id ?? "");
      if (pi.status !== "requires_payment_method" && pi.status !== "requires_confirmation") {
        throw unexpectedState(deps, pi, "confirm");
      }
      const pmId = input.payment_method ?? pi.paymentMethod ?? undefined;
      if (!pmId) {
        throw invalidRequest(
          "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.",
          "payment_method",
          "payment_intent_unexpected_state",
        );
      }
      const pm = usablePaymentMethod(deps, pmId, pi.customer);
      if (input.return_url) deps.store.update(() => (pi.returnUrl = input.return_url ?? null));
      return answer(deps, pi, confirmWithCard(deps, pi, pm, input.off_session ?? false), expand);
    },
  );

  stripeRoute(
    router,
    deps,
    "POST",
    "/v1/payment_intents/:id/cancel",
    "payment_intents.cancel",
    ({ params, path, expand }) => {
      const input = parseParams(cancelInput, params);
      const pi = findPaymentIntent(deps, path.id ?? "");
      if (pi.status === "succeeded" || pi.status === "canceled")
        throw unexpectedState(deps, pi, "cancel");
      deps.store.update(() => {
        pi.status = "canceled";
        pi.canceledAt = unixNow(deps.now());
        pi.cancellationReason = input.cancellation_reason ?? null;
        pi.challenge = null;
      });
      emitEvent(deps, "payment_intent.canceled", paymentIntentJson(pi, deps));
      return { body: paymentIntentJson(pi, deps, expand) };
    },
  );
}

/**
 * Without `payment_method_types`, a PaymentIntent takes the Dashboard's payment methods, some of
 * which redirect; Stripe then insists on a `return_url` when confirming on-session unless
 * redirects are off. (Whether it insists off-session too is not documented: not enforced here.)
 */
function redirectsAllowed(input: z.output<typeof createInput>): boolean {
  if (input.payment_method_types) return false;
  return input.automatic_payment_methods?.allow_redirects !== "never";
}

function answer(
  deps: SandboxDeps,
  pi: StripePaymentIntentRecord,
  outcome: ConfirmOutcome,
  expand: string[],
) {
  if (outcome.kind !== "failed") return { body: paymentIntentJson(pi, deps, expand) };
  const pmRecord = outcome.error.paymentMethod
    ? deps.store.state.stripe.paymentMethods[outcome.error.paymentMethod]
    : undefined;
  if (outcome.error.type !== "card_error") {
    throw new StripeApiError(400, {
      type: outcome.error.type,
      code: outcome.error.code,
      message: outcome.error.message,
      payment_intent: paymentIntentJson(pi, deps),
    });
  }
  throw cardError({
    code: outcome.error.code,
    declineCode: outcome.error.declineCode,
    message: outcome.error.message,
    charge: pi.latestCharge ?? undefined,
    paymentIntent: paymentIntentJson(pi, deps),
    paymentMethod: pmRecord ? paymentMethodJson(pmRecord, deps) : undefined,
  });
}

function unexpectedState(deps: SandboxDeps, pi: StripePaymentIntentRecord, verb: string) {
  return new StripeApiError(400, {
    type: "invalid_request_error",
    code: "payment_intent_unexpected_state",
    doc_url: "https://stripe.com/docs/error-codes/payment-intent-unexpected-state",
    message: `You cannot ${verb} this PaymentIntent because it has a status of ${pi.status}.`,
    payment_intent: paymentIntentJson(pi, deps),
  });
}

/** A saved card the PaymentIntent may use: it exists and (with a customer) belongs to that customer. */
function usablePaymentMethod(deps: SandboxDeps, id: string, customer: string | null) {
  const pm = deps.store.state.stripe.paymentMethods[id];
  if (!pm) throw missingParamObject("PaymentMethod", id, "payment_method");
  if (customer && pm.customer !== customer) {
    throw invalidRequest(
      `The provided PaymentMethod ${id} does not belong to the Customer ${customer}. Please attach it to the Customer first.`,
      "payment_method",
    );
  }
  if (!customer && pm.customer) {
    throw invalidRequest(
      "The provided PaymentMethod belongs to a Customer; pass that Customer's id in the customer parameter.",
      "payment_method",
    );
  }
  return pm;
}

export function findPaymentIntent(deps: SandboxDeps, id: string) {
  const pi = deps.store.state.stripe.paymentIntents[id];
  if (!pi) throw resourceMissing("payment_intent", id);
  return pi;
}
