import { z } from "zod";

/**
 * "Configure auto-refill" input rules, shared by the server action (typed text → minor units) and
 * the data layer (checked again before anything is stored). Money in integer minor units of
 * CURRENCY; the amount follows the refill slider's limits and steps (REFILL_MIN/MAX/STEP_MINOR).
 */
export type RefillLimits = { minMinor: number; maxMinor: number; stepMinor: number };

export type ThresholdProblem = "required" | "invalid" | "too_low" | "too_high";
export type AmountProblem = "required" | "invalid" | "below_min" | "above_max" | "step";

export function thresholdProblem(
  value: number | null,
  limits: RefillLimits,
): ThresholdProblem | null {
  if (value === null) return "invalid";
  if (!Number.isSafeInteger(value)) return "invalid";
  if (value < 1) return "too_low";
  if (value > limits.maxMinor) return "too_high";
  return null;
}

/** Amounts the refill slider can reach: min, min + step, …, and max itself. */
export function amountProblem(value: number | null, limits: RefillLimits): AmountProblem | null {
  if (value === null || !Number.isSafeInteger(value)) return "invalid";
  if (value < limits.minMinor) return "below_min";
  if (value > limits.maxMinor) return "above_max";
  if (value !== limits.maxMinor && (value - limits.minMinor) % limits.stepMinor !== 0) {
    return "step";
  }
  return null;
}

export function autoRefillSettingsSchema(limits: RefillLimits) {
  return z
    .object({
      enabled: z.boolean(),
      thresholdMinor: z.number().int(),
      amountMinor: z.number().int(),
    })
    .strict()
    .superRefine((value, ctx) => {
      const threshold = thresholdProblem(value.thresholdMinor, limits);
      if (threshold) ctx.addIssue({ code: "custom", path: ["thresholdMinor"], message: threshold });
      const amount = amountProblem(value.amountMinor, limits);
      if (amount) ctx.addIssue({ code: "custom", path: ["amountMinor"], message: amount });
    });
}

export type AutoRefillSettingsInput = z.output<ReturnType<typeof autoRefillSettingsSchema>>;
