import { z } from "zod";

/**
 * The parts of Stripe's objects the portal reads, checked at the boundary. Loose objects: Stripe
 * adds fields over time and those must not break us; a missing or retyped field we rely on must.
 */
const metadata = z.record(z.string(), z.string()).default({});
const expandableId = z.union([z.string(), z.object({ id: z.string() }).loose()]).nullable();

export const cardSchema = z
  .object({
    brand: z.string(),
    last4: z.string(),
    exp_month: z.number().int(),
    exp_year: z.number().int(),
  })
  .loose();

export const paymentMethodSchema = z
  .object({
    id: z.string(),
    object: z.literal("payment_method"),
    type: z.string(),
    customer: expandableId.default(null),
    card: cardSchema.nullable().optional(),
  })
  .loose();

export const paymentErrorSchema = z
  .object({
    type: z.string(),
    code: z.string().nullable().optional(),
    decline_code: z.string().nullable().optional(),
    message: z.string().nullable().optional(),
  })
  .loose();

export const paymentIntentSchema = z
  .object({
    id: z.string(),
    object: z.literal("payment_intent"),
    amount: z.number().int(),
    amount_received: z.number().int(),
    currency: z.string(),
    status: z.enum([
      "requires_payment_method",
      "requires_confirmation",
      "requires_action",
      "processing",
      "requires_capture",
      "canceled",
      "succeeded",
    ]),
    customer: expandableId.default(null),
    payment_method: z.union([z.string(), paymentMethodSchema]).nullable().default(null),
    metadata,
    last_payment_error: paymentErrorSchema.nullable().default(null),
    next_action: z
      .object({
        type: z.string(),
        redirect_to_url: z.object({ url: z.string() }).loose().nullable().optional(),
      })
      .loose()
      .nullable()
      .default(null),
    created: z.number().int(),
  })
  .loose();

export const checkoutSessionSchema = z
  .object({
    id: z.string(),
    object: z.literal("checkout.session"),
    status: z.enum(["open", "complete", "expired"]).nullable(),
    payment_status: z.enum(["paid", "unpaid", "no_payment_required"]),
    payment_intent: z.union([z.string(), paymentIntentSchema]).nullable(),
    customer: expandableId.default(null),
    client_reference_id: z.string().nullable().default(null),
    metadata: metadata.nullable().transform((m) => m ?? {}),
    amount_total: z.number().int().nullable(),
    currency: z.string().nullable(),
    url: z.string().nullable().default(null),
  })
  .loose();

export const eventEnvelopeSchema = z
  .object({
    id: z.string(),
    object: z.literal("event"),
    type: z.string(),
    created: z.number().int(),
    livemode: z.boolean(),
    data: z.object({ object: z.record(z.string(), z.unknown()) }).loose(),
  })
  .loose();
