import { z } from "zod";
import type { SandboxDeps } from "../context";
import type { Router } from "../http/router";
import { stripeRoute } from "./api";
import { emitEvent } from "./events";
import { invalidRequest, missingParamObject, resourceMissing } from "./errors";
import { stripeId, unixNow } from "./ids";
import { expandParam, intParam, metadataParam, parseParams } from "./params";
import { refundJson } from "./serialize";

const createInput = z
  .object({
    payment_intent: z.string().min(1).optional(),
    charge: z.string().min(1).optional(),
    amount: intParam.optional(),
    reason: z.enum(["duplicate", "fraudulent", "requested_by_customer"]).optional(),
    metadata: metadataParam.optional(),
    expand: expandParam,
  })
  .strict();

/** `/v1/refunds`: full or partial refunds of a succeeded PaymentIntent (by its id or its charge). */
export function registerRefunds(router: Router, deps: SandboxDeps): void {
  stripeRoute(router, deps, "POST", "/v1/refunds", "refunds.create", ({ params }) => {
    const input = parseParams(createInput, params);
    const intents = Object.values(deps.store.state.stripe.paymentIntents);
    const pi = input.payment_intent
      ? deps.store.state.stripe.paymentIntents[input.payment_intent]
      : intents.find((p) => input.charge && p.latestCharge === input.charge);
    if (!input.payment_intent && !input.charge) {
      throw invalidRequest(
        "One of the following params should be provided for this request: payment_intent or charge.",
      );
    }
    if (!pi) {
      throw input.payment_intent
        ? missingParamObject("payment_intent", input.payment_intent, "payment_intent")
        : missingParamObject("charge", input.charge ?? "", "charge");
    }
    if (pi.status !== "succeeded" || !pi.latestCharge) {
      throw invalidRequest(
        `This PaymentIntent (${pi.id}) does not have a successful charge to refund.`,
        "payment_intent",
      );
    }
    const left = pi.amountReceived - pi.amountRefunded;
    if (left <= 0) {
      throw invalidRequest(
        `Charge ${pi.latestCharge} has already been refunded.`,
        undefined,
        "charge_already_refunded",
      );
    }
    const amount = input.amount ?? left;
    if (amount <= 0 || amount > left) {
      throw invalidRequest(
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`,
        "amount",
        "amount_too_large",
      );
    }
    const refund = {
      id: stripeId("re"),
      amount,
      currency: pi.currency,
      paymentIntent: pi.id,
      charge: pi.latestCharge,
      reason: input.reason ?? null,
      metadata: input.metadata ?? {},
      created: unixNow(deps.now()),
    };
    deps.store.update((state) => {
      state.stripe.refunds[refund.id] = refund;
      pi.amountRefunded += amount;
    });
    emitEvent(deps, "refund.created", refundJson(refund));
    return { body: refundJson(refund) };
  });

  stripeRoute(router, deps, "GET", "/v1/refunds/:id", "refunds.retrieve", ({ path }) => {
    const refund = deps.store.state.stripe.refunds[path.id ?? ""];
    if (!refund) throw resourceMissing("refund", path.id ?? "");
    return { body: refundJson(refund) };
  });
}
