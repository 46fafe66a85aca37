import { z } from "zod";
import { currencyDigits } from "@/lib/billing/money";
import { PAYMENT_PURPOSES } from "./states";

/**
 * Server-side validation of a payment request. The browser's slider and typed amount are only a
 * convenience: whatever arrives here is checked again (integer minor units, min/max, known method),
 * so a tampered request is refused before anything is ordered or charged.
 */
export type AmountLimits = { minMinor: number; maxMinor: number; currency: string };

export type AmountCheck =
  | { ok: true; amountMinor: number }
  | { ok: false; reason: "not_integer" | "below_min" | "above_max" | "currency_mismatch" };

export function checkAmount(amountMinor: unknown, currency: string, limits: AmountLimits) {
  if (currency.toUpperCase() !== limits.currency.toUpperCase()) {
    return { ok: false, reason: "currency_mismatch" } as const;
  }
  if (typeof amountMinor !== "number" || !Number.isSafeInteger(amountMinor)) {
    return { ok: false, reason: "not_integer" } as const;
  }
  if (amountMinor < limits.minMinor) return { ok: false, reason: "below_min" } as const;
  if (amountMinor > limits.maxMinor) return { ok: false, reason: "above_max" } as const;
  return { ok: true, amountMinor } as const satisfies AmountCheck;
}

/**
 * "12.50" typed by a customer → 1250, only if it has no more decimals than the currency allows;
 * null for anything else (no rounding of what someone typed: "12.505" is refused, not rounded).
 */
export function parseTypedAmount(text: string, currency: string): number | null {
  const digits = currencyDigits(currency);
  const match = /^\s*(\d{1,12})(?:[.,](\d+))?\s*$/.exec(text);
  if (!match) return null;
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

/** The shape a payment request must have; `methods` are the ones offered to this account. */
export function paymentRequestSchema(limits: AmountLimits, methods: readonly string[]) {
  return z
    .object({
      purpose: z.enum(PAYMENT_PURPOSES),
      amountMinor: z.number().int(),
      currency: z.string().regex(/^[A-Z]{3}$/),
      method: z.string().refine((m) => methods.includes(m), { message: "method_not_offered" }),
      idempotencyKey: z
        .string()
        .min(16)
        .max(100)
        .regex(/^[A-Za-z0-9_-]+$/),
      paymentMethodId: z.string().min(1).max(100).optional(),
      saveMethod: z.boolean().optional(),
      /** Purpose "invoice" only: the existing WHMCS invoice to pay (its balance is the amount). */
      invoiceId: z.number().int().positive().max(2_147_483_647).optional(),
    })
    .superRefine((value, ctx) => {
      const invoice = value.purpose === "invoice";
      if (invoice !== (value.invoiceId !== undefined)) {
        ctx.addIssue({ code: "custom", path: ["invoiceId"], message: "invoice_only" });
      }
      // An invoice's balance due is what it is: the refill limits do not apply to it (the caller
      // compares the amount with the invoice itself).
      const bounds = invoice
        ? { ...limits, minMinor: 1, maxMinor: Number.MAX_SAFE_INTEGER }
        : limits;
      const check = checkAmount(value.amountMinor, value.currency, bounds);
      if (!check.ok) ctx.addIssue({ code: "custom", path: ["amountMinor"], message: check.reason });
    });
}

export type PaymentRequest = z.output<ReturnType<typeof paymentRequestSchema>>;
