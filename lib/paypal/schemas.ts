import { z } from "zod";

/** Wire shapes of the PayPal REST calls we make: only the fields we read; the rest may vary. */
export const tokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().int().positive(),
});

const amount = z.object({ currency_code: z.string().length(3), value: z.string() });

export const captureWire = z.object({
  id: z.string().min(1),
  status: z.string(),
  amount: amount.optional(),
  custom_id: z.string().optional(),
  invoice_id: z.string().optional(),
});

const vaultWire = z.object({
  id: z.string().optional(),
  status: z.string().optional(),
  customer: z.object({ id: z.string() }).optional(),
});

export const orderWire = z.object({
  id: z.string().min(1),
  status: z.string(),
  payment_source: z
    .object({
      paypal: z
        .object({
          email_address: z.string().optional(),
          account_id: z.string().optional(),
          attributes: z.object({ vault: vaultWire.optional() }).optional(),
        })
        .optional(),
      card: z.object({ last_digits: z.string().optional() }).optional(),
    })
    .catchall(z.unknown())
    .optional(),
  purchase_units: z
    .array(
      z.object({
        amount: amount.optional(),
        custom_id: z.string().optional(),
        invoice_id: z.string().optional(),
        payments: z.object({ captures: z.array(captureWire).optional() }).optional(),
      }),
    )
    .optional(),
  payer: z
    .object({ email_address: z.string().optional(), payer_id: z.string().optional() })
    .optional(),
  links: z.array(z.object({ href: z.string(), rel: z.string() })).optional(),
});

export const paymentTokenWire = z.object({
  id: z.string().min(1),
  customer: z.object({ id: z.string() }).optional(),
  payment_source: z
    .object({
      paypal: z
        .object({ email_address: z.string().optional(), payer_id: z.string().optional() })
        .optional(),
    })
    .catchall(z.unknown())
    .optional(),
});

export const paymentTokenList = z.object({
  customer: z.object({ id: z.string() }).optional(),
  payment_tokens: z.array(paymentTokenWire).default([]),
});

export const verifyResponse = z.object({
  verification_status: z.enum(["SUCCESS", "FAILURE"]),
});

export const webhookEventWire = z.object({
  id: z.string().min(1),
  event_type: z.string().min(1),
  create_time: z.string(),
  resource: z.record(z.string(), z.unknown()),
});

export type OrderWire = z.infer<typeof orderWire>;
export type CaptureWire = z.infer<typeof captureWire>;
export type PaymentTokenWire = z.infer<typeof paymentTokenWire>;
