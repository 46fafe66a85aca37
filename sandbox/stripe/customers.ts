import { z } from "zod";
import type { SandboxDeps } from "../context";
import type { Router } from "../http/router";
import { stripeRoute } from "./api";
import { missingParamObject, resourceMissing } from "./errors";
import { stripeId, unixNow } from "./ids";
import { expandParam, metadataParam, parseParams } from "./params";
import { customerJson, listJson, paymentMethodJson } from "./serialize";

const createInput = z
  .object({
    email: z.string().max(512).optional(),
    name: z.string().max(256).optional(),
    description: z.string().optional(),
    metadata: metadataParam.optional(),
    invoice_settings: z
      .object({ default_payment_method: z.string().optional() })
      .strict()
      .optional(),
    preferred_locales: z.array(z.string()).optional(),
    expand: expandParam,
  })
  .strict();

const listPmInput = z
  .object({ type: z.string().optional(), limit: z.string().optional(), expand: expandParam })
  .strict();

/** `/v1/customers`: create, retrieve, update, and the customer's saved cards. */
export function registerCustomers(router: Router, deps: SandboxDeps): void {
  stripeRoute(router, deps, "POST", "/v1/customers", "customers.create", ({ params }) => {
    const input = parseParams(createInput, params);
    const customer = {
      id: stripeId("cus", 14),
      email: input.email || null,
      name: input.name || null,
      description: input.description || null,
      metadata: input.metadata ?? {},
      defaultPaymentMethod: null,
      created: unixNow(deps.now()),
    };
    deps.store.update((state) => {
      state.stripe.customers[customer.id] = customer;
    });
    return { body: customerJson(customer) };
  });

  stripeRoute(router, deps, "GET", "/v1/customers/:id", "customers.retrieve", ({ path }) => ({
    body: customerJson(findCustomer(deps, path.id ?? "")),
  }));

  stripeRoute(router, deps, "POST", "/v1/customers/:id", "customers.update", ({ params, path }) => {
    const input = parseParams(createInput, params);
    const customer = findCustomer(deps, path.id ?? "");
    const defaultPm = input.invoice_settings?.default_payment_method;
    if (defaultPm) {
      const pm = deps.store.state.stripe.paymentMethods[defaultPm];
      if (!pm || pm.customer !== customer.id) {
        throw missingParamObject(
          "PaymentMethod",
          defaultPm,
          "invoice_settings[default_payment_method]",
        );
      }
    }
    deps.store.update(() => {
      if (input.email !== undefined) customer.email = input.email || null;
      if (input.name !== undefined) customer.name = input.name || null;
      if (input.description !== undefined) customer.description = input.description || null;
      if (input.metadata !== undefined)
        customer.metadata = mergeMetadata(customer.metadata, params.metadata, input.metadata);
      if (defaultPm !== undefined) customer.defaultPaymentMethod = defaultPm || null;
    });
    return { body: customerJson(customer) };
  });

  stripeRoute(
    router,
    deps,
    "GET",
    "/v1/customers/:id/payment_methods",
    "customers.listPaymentMethods",
    ({ params, path, expand }) => {
      const input = parseParams(listPmInput, params);
      const customer = findCustomer(deps, path.id ?? "");
      const data = Object.values(deps.store.state.stripe.paymentMethods)
        .filter((pm) => pm.customer === customer.id && (!input.type || input.type === "card"))
        .sort((a, b) => b.created - a.created)
        .map((pm) =>
          paymentMethodJson(
            pm,
            deps,
            expand.map((e) => e.replace(/^data\./, "")),
          ),
        );
      return { body: listJson(`/v1/customers/${customer.id}/payment_methods`, data) };
    },
  );
}

export function findCustomer(deps: SandboxDeps, id: string) {
  const customer = deps.store.state.stripe.customers[id];
  if (!customer) throw resourceMissing("customer", id);
  return customer;
}

/** Stripe merges metadata keys on update; an empty value deletes a key, `metadata=` clears all. */
export function mergeMetadata(
  current: Record<string, string>,
  raw: unknown,
  parsed: Record<string, string>,
): Record<string, string> {
  if (raw === "") return {};
  const next = { ...current };
  for (const [key, value] of Object.entries(parsed)) {
    if (value === "") delete next[key];
    else next[key] = value;
  }
  return next;
}
