"use server";

import type { FieldIssues } from "@/lib/new-environment/input";
import {
  checkEnvName,
  createCustomEnvironment,
  createFromMarketplace,
  type CreateResult,
} from "@/lib/data/new-environment";
import { requireAccount } from "@/lib/data/session";
import { getTranslator } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";

/** Field path → translated message; `form` is shown above the submit button. */
export type CreateActionState = { ok: true; name: string } | { ok: false; errors: FieldIssues };

async function translated(result: CreateResult): Promise<CreateActionState> {
  if (result.ok) return result;
  const t = await getTranslator();
  const errors: FieldIssues = {};
  for (const [field, key] of Object.entries(result.issues)) {
    errors[field] = t(`newEnvironment.errors.${key}` as MessageKey);
  }
  return { ok: false, errors };
}

/** Input is validated with zod in lib/data; the browser's checks are only a convenience. */
export async function createEnvironmentAction(input: unknown): Promise<CreateActionState> {
  const account = await requireAccount();
  return translated(await createCustomEnvironment(account, input));
}

export async function installTemplateAction(input: unknown): Promise<CreateActionState> {
  const account = await requireAccount();
  return translated(await createFromMarketplace(account, input));
}

export type NameCheck = { status: "available" | "taken" | "invalid" | "unknown"; message?: string };

/** The live availability check behind the name field (debounced in the browser). */
export async function checkEnvNameAction(name: unknown): Promise<NameCheck> {
  const account = await requireAccount();
  const status = await checkEnvName(account, typeof name === "string" ? name.trim() : name);
  if (status !== "taken") return { status };
  const t = await getTranslator();
  return { status, message: t("newEnvironment.errors.nameTaken") };
}
