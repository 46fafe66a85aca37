import { z } from "zod";
import type { SandboxDeps } from "../context";
import type { Router } from "../http/router";
import { stripeRoute } from "./api";
import { invalidRequest, missingParamObject, resourceMissing } from "./errors";
import { emitEvent } from "./events";
import { expandParam, parseParams } from "./params";
import { listJson, paymentMethodJson } from "./serialize";

const listInput = z
  .object({
    customer: z.string().min(1),
    type: z.string().optional(),
    limit: z.string().optional(),
    expand: expandParam,
  })
  .strict();
const attachInput = z.object({ customer: z.string().min(1), expand: expandParam }).strict();
const detachInput = z.object({ expand: expandParam }).strict();

/**
 * `/v1/payment_methods`: list a customer's cards, retrieve, attach, detach. Cards are created by
 * the hosted checkout page only (raw card numbers never pass through the API, as in production).
 */
export function registerPaymentMethods(router: Router, deps: SandboxDeps): void {
  stripeRoute(
    router,
    deps,
    "GET",
    "/v1/payment_methods",
    "payment_methods.list",
    ({ params, expand }) => {
      const input = parseParams(listInput, params);
      const data = Object.values(deps.store.state.stripe.paymentMethods)
        .filter((pm) => pm.customer === input.customer && (!input.type || input.type === "card"))
        .sort((a, b) => b.created - a.created)
        .map((pm) =>
          paymentMethodJson(
            pm,
            deps,
            expand.map((e) => e.replace(/^data\./, "")),
          ),
        );
      return { body: listJson("/v1/payment_methods", data) };
    },
  );

  stripeRoute(
    router,
    deps,
    "GET",
    "/v1/payment_methods/:id",
    "payment_methods.retrieve",
    ({ path, expand }) => ({
      body: paymentMethodJson(findPaymentMethod(deps, path.id ?? ""), deps, expand),
    }),
  );

  stripeRoute(
    router,
    deps,
    "POST",
    "/v1/payment_methods/:id/attach",
    "payment_methods.attach",
    ({ params, path }) => {
      const input = parseParams(attachInput, params);
      const pm = findPaymentMethod(deps, path.id ?? "");
      const customer = deps.store.state.stripe.customers[input.customer];
      if (!customer) throw missingParamObject("customer", input.customer, "customer");
      if (pm.customer && pm.customer !== customer.id) {
        throw invalidRequest(
          "The payment method you provided has already been attached to a customer.",
          "payment_method",
        );
      }
      if (pm.customer !== customer.id) {
        deps.store.update(() => {
          pm.customer = customer.id;
        });
        emitEvent(deps, "payment_method.attached", paymentMethodJson(pm, deps));
      }
      return { body: paymentMethodJson(pm, deps) };
    },
  );

  stripeRoute(
    router,
    deps,
    "POST",
    "/v1/payment_methods/:id/detach",
    "payment_methods.detach",
    ({ params, path }) => {
      parseParams(detachInput, params);
      const pm = findPaymentMethod(deps, path.id ?? "");
      if (!pm.customer) {
        throw invalidRequest(
          "The payment method you provided is not attached to a customer so detachment is impossible.",
        );
      }
      const previous = pm.customer;
      deps.store.update((state) => {
        pm.customer = null;
        pm.offSessionReady = false;
        const owner = state.stripe.customers[previous];
        if (owner?.defaultPaymentMethod === pm.id) owner.defaultPaymentMethod = null;
      });
      emitEvent(deps, "payment_method.detached", paymentMethodJson(pm, deps), {
        customer: previous,
      });
      return { body: paymentMethodJson(pm, deps) };
    },
  );
}

export function findPaymentMethod(deps: SandboxDeps, id: string) {
  const pm = deps.store.state.stripe.paymentMethods[id];
  if (!pm) throw resourceMissing("PaymentMethod", id);
  return pm;
}
