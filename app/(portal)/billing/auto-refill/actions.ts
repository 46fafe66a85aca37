"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  amountProblem,
  thresholdProblem,
  type AmountProblem,
  type ThresholdProblem,
} from "@/lib/billing/auto-refill-settings";
import { formatMoney } from "@/lib/billing/money";
import { getEnv } from "@/lib/config/env";
import { disableAutoRefill, refillLimits, saveAutoRefill } from "@/lib/data/auto-refill";
import { requireAccount } from "@/lib/data/session";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { parseTypedAmount } from "@/lib/payments/amounts";
import type { AutoRefillFormState, SwitchOffState } from "./_components/form-states";

const formSchema = z.object({
  enabled: z.boolean(),
  // Typed money ("12.50", "12,50"); converted to minor units below, never rounded.
  threshold: z.string().max(40),
  amount: z.string().max(40),
});

function typed(text: string, currency: string): number | null | "required" {
  if (text.trim() === "") return "required";
  return parseTypedAmount(text, currency);
}

export async function saveAutoRefillAction(
  _prev: AutoRefillFormState,
  formData: FormData,
): Promise<AutoRefillFormState> {
  const account = await requireAccount();
  const [t, locale] = await Promise.all([getTranslator(), getLocale()]);
  const parsed = formSchema.safeParse({
    enabled: formData.get("enabled") === "on",
    threshold: String(formData.get("threshold") ?? ""),
    amount: String(formData.get("amount") ?? ""),
  });
  const values = parsed.success ? parsed.data : { enabled: false, threshold: "", amount: "" };
  const currency = getEnv().CURRENCY;
  const limits = refillLimits();
  const money = (amountMinor: number) => formatMoney({ amountMinor, currency }, locale);
  const thresholdText = (problem: ThresholdProblem) =>
    t(`autoRefill.errors.threshold.${problem}`, { max: money(limits.maxMinor) });
  const amountText = (problem: AmountProblem) =>
    t(`autoRefill.errors.amount.${problem}`, {
      min: money(limits.minMinor),
      max: money(limits.maxMinor),
      step: money(limits.stepMinor),
    });

  // Both fields are checked here so every problem is shown at once; the data layer checks again.
  const threshold = typed(values.threshold, currency);
  const amount = typed(values.amount, currency);
  const thresholdIssue =
    threshold === "required" ? "required" : thresholdProblem(threshold, limits);
  const amountIssue = amount === "required" ? "required" : amountProblem(amount, limits);
  if (!parsed.success || thresholdIssue || amountIssue) {
    return {
      status: "error",
      message: t("autoRefill.errors.summary"),
      fieldErrors: {
        ...(thresholdIssue || !parsed.success
          ? { threshold: thresholdText(thresholdIssue ?? "invalid") }
          : {}),
        ...(amountIssue ? { amount: amountText(amountIssue) } : {}),
      },
      values,
    };
  }

  const result = await saveAutoRefill(account, {
    enabled: values.enabled,
    thresholdMinor: threshold,
    amountMinor: amount,
  });
  if (!result.ok) {
    if (result.reason === "invalid") {
      return {
        status: "error",
        message: t("autoRefill.errors.summary"),
        fieldErrors: {
          ...(result.fields.thresholdMinor
            ? { threshold: thresholdText(result.fields.thresholdMinor) }
            : {}),
          ...(result.fields.amountMinor ? { amount: amountText(result.fields.amountMinor) } : {}),
        },
        values,
      };
    }
    const message =
      result.reason === "no_method"
        ? t("autoRefill.errors.noMethod")
        : t("autoRefill.errors.noBillingAccount");
    return { status: "error", message, values };
  }
  revalidatePath("/billing/auto-refill");
  return {
    status: "success",
    message: values.enabled ? t("autoRefill.saved") : t("autoRefill.savedOff"),
    values,
  };
}

export async function switchOffAutoRefillAction(): Promise<SwitchOffState> {
  const account = await requireAccount();
  const t = await getTranslator();
  await disableAutoRefill(account);
  revalidatePath("/billing/auto-refill");
  return { status: "success", message: t("autoRefill.switchedOff") };
}
