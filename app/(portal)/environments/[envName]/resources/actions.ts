"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  changeEnvironmentResources,
  type ResourcesOutcome,
} from "@/lib/data/environment-resources";

/**
 * Applies a layer change. Answers message keys of `envResources.errors` per field: the form holds
 * the catalogue translated on the server and shows them next to the fields it already validates.
 */
export async function changeResourcesAction(
  envName: string,
  input: unknown,
): Promise<ResourcesOutcome> {
  const name = z.string().min(1).max(64).safeParse(envName);
  if (!name.success) return { ok: false, reason: "not_found", issues: { form: "not_found" } };
  const result = await changeEnvironmentResources(name.data, input);
  if (result.ok) {
    const path = `/environments/${encodeURIComponent(name.data)}`;
    revalidatePath(path);
    revalidatePath(`${path}/resources`);
  }
  return result;
}
