"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { listSavedMethods, removeMethod, setDefaultMethod } from "@/lib/data/payment-methods";
import { requireAccount } from "@/lib/data/session";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import type { MethodActionState } from "./_components/form-states";
import { methodText } from "@/lib/billing/saved-method-text";

const methodId = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);
const makeDefaultSchema = z.object({ id: methodId });
const removeSchema = z.object({ id: methodId, newDefaultId: methodId.optional() });

/** The method's spoken name for the outcome message (read before it changes or disappears). */
async function nameOf(id: string): Promise<string> {
  const [account, t, locale] = await Promise.all([requireAccount(), getTranslator(), getLocale()]);
  const method = (await listSavedMethods(account)).find((m) => m.id === id);
  return method ? methodText(method, t, locale).title : "";
}

export async function makeDefaultAction(
  _prev: MethodActionState,
  formData: FormData,
): Promise<MethodActionState> {
  const account = await requireAccount();
  const t = await getTranslator();
  const parsed = makeDefaultSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success)
    return { status: "error", message: t("paymentMethods.invalidRequest"), at: Date.now() };
  const name = await nameOf(parsed.data.id);
  const result = await setDefaultMethod(account, parsed.data.id);
  revalidatePath("/billing/payment-methods");
  if (!result.ok) return { status: "error", message: t("paymentMethods.notFound"), at: Date.now() };
  return {
    status: "success",
    message: t("paymentMethods.defaultChanged", { method: name }),
    at: Date.now(),
  };
}

export async function removeMethodAction(
  _prev: MethodActionState,
  formData: FormData,
): Promise<MethodActionState> {
  const account = await requireAccount();
  const t = await getTranslator();
  const parsed = removeSchema.safeParse({
    id: formData.get("id"),
    newDefaultId: formData.get("newDefaultId") ?? undefined,
  });
  if (!parsed.success)
    return { status: "error", message: t("paymentMethods.invalidRequest"), at: Date.now() };
  const name = await nameOf(parsed.data.id);
  const result = await removeMethod(account, parsed.data.id, {
    newDefaultId: parsed.data.newDefaultId,
  });
  if (!result.ok) {
    if (result.reason === "not_found") revalidatePath("/billing/payment-methods");
    const message = {
      not_found: t("paymentMethods.notFound"),
      new_default_required: t("paymentMethods.newDefaultRequired"),
      provider_unavailable: t("paymentMethods.providerUnavailable"),
    }[result.reason];
    return { status: "error", message, at: Date.now() };
  }
  revalidatePath("/billing/payment-methods");
  revalidatePath("/billing/auto-refill");
  return {
    status: "success",
    message: t(
      result.autoRefillDisabled ? "paymentMethods.removedAutoRefillOff" : "paymentMethods.removed",
      { method: name },
    ),
    at: Date.now(),
  };
}
