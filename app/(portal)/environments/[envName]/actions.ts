"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { removeEnvironment, setEnvironmentRunning } from "@/lib/data/environment-actions";
import { requireAccount } from "@/lib/data/session";
import { UpstreamError } from "@/lib/http";
import { getTranslator } from "@/lib/i18n/server";

const envNameSchema = z.string().regex(/^[a-z0-9-]{1,64}$/i);
const runSchema = z.object({ envName: envNameSchema, running: z.enum(["true", "false"]) });
const removeSchema = z.object({ envName: envNameSchema, password: z.string().min(1).max(512) });

/** Start or stop; the page re-renders with the new status (or says what went wrong). */
export async function setRunningAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslator();
  const parsed = runSchema.safeParse({
    envName: formData.get("envName"),
    running: formData.get("running"),
  });
  if (!parsed.success) return { error: t("environments.actionFailed") };
  const account = await requireAccount();
  try {
    const outcome = await setEnvironmentRunning(
      account,
      parsed.data.envName,
      parsed.data.running === "true",
    );
    if (outcome === "not_found") return { error: t("errors.notFound") };
  } catch (error) {
    if (error instanceof UpstreamError) return { error: t("environments.actionFailed") };
    throw error;
  }
  revalidatePath(`/environments/${parsed.data.envName}`);
  return {
    values: {
      notice:
        parsed.data.running === "true" ? t("environments.started") : t("environments.stopped"),
    },
  };
}

/** Removal, confirmed by the account password; the platform verifies it and removes nothing if wrong. */
export async function removeEnvironmentAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const t = await getTranslator();
  const parsed = removeSchema.safeParse({
    envName: formData.get("envName"),
    password: formData.get("password"),
  });
  if (!parsed.success) return { error: t("environments.passwordRequired") };
  const account = await requireAccount();
  const { envName, password } = parsed.data;
  let outcome;
  try {
    outcome = await removeEnvironment(account, envName, password);
  } catch (error) {
    if (error instanceof UpstreamError) return { error: t("environments.actionFailed") };
    throw error;
  }
  if (outcome === "wrong_password") return { error: t("environments.wrongPassword") };
  if (outcome === "not_found") return { error: t("errors.notFound") };
  revalidatePath("/environments");
  redirect(`/environments?removed=${encodeURIComponent(envName)}`);
}
