"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import {
  bindExternalDomain,
  removeExternalDomain,
  type BoundDomain,
} from "@/lib/data/environment-domains";
import { getTranslator } from "@/lib/i18n/server";

export type BindDomainState = FormState & { bound?: BoundDomain; message?: string };
export type RemoveDomainState = { error?: string; message?: string };

const bindSchema = z.object({
  envName: z.string().min(1).max(64),
  hostname: z.string().max(1000),
});

const removeSchema = z.object({
  envName: z.string().min(1).max(64),
  hostname: z.string().min(1).max(253),
});

const pathOf = (envName: string) => `/environments/${encodeURIComponent(envName)}/domains`;

export async function bindDomainAction(
  _prev: BindDomainState,
  formData: FormData,
): Promise<BindDomainState> {
  const t = await getTranslator();
  const parsed = bindSchema.safeParse({
    envName: formData.get("envName"),
    hostname: formData.get("hostname") ?? "",
  });
  if (!parsed.success) return { error: t("envDomains.problems.invalid") };
  const { envName, hostname } = parsed.data;
  const keep = { hostname: hostname.slice(0, 300) };
  const result = await bindExternalDomain(envName, hostname);
  if (!result.ok) {
    const error =
      result.reason === "hostname"
        ? t(`envDomains.problems.${result.problem}`)
        : t(`envDomains.errors.${result.reason}`);
    return { error, values: keep };
  }
  revalidatePath(pathOf(envName));
  return {
    bound: result.value,
    message: t("envDomains.bound", { hostname: result.value.hostname }),
  };
}

export async function removeDomainAction(
  _prev: RemoveDomainState,
  formData: FormData,
): Promise<RemoveDomainState> {
  const t = await getTranslator();
  const parsed = removeSchema.safeParse({
    envName: formData.get("envName"),
    hostname: formData.get("hostname"),
  });
  if (!parsed.success) return { error: t("envDomains.errors.invalid") };
  const { envName, hostname } = parsed.data;
  const result = await removeExternalDomain(envName, hostname);
  if (!result.ok) return { error: t(`envDomains.errors.${result.reason}`) };
  revalidatePath(pathOf(envName));
  return { message: t("envDomains.removed", { hostname }) };
}
