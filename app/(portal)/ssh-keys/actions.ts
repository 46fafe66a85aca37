"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addSshKey, deleteSshKey, type AddSshKeyFailure } from "@/lib/data/ssh-keys";
import { requireAccount } from "@/lib/data/session";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { MAX_KEY_TEXT_LENGTH, parsePublicKey } from "@/lib/ssh";
import type { AddSshKeyState, DeleteSshKeyState } from "./_components/form-states";

const TITLE_MAX = 64;

const addSchema = z.object({
  title: z.string().trim().min(1, "required").max(TITLE_MAX, "too_long"),
  // Anything longer is refused by lib/ssh as too_long; this bound only stops abuse of the action.
  publicKey: z.string().max(MAX_KEY_TEXT_LENGTH * 2),
});

const deleteSchema = z.object({ id: z.coerce.number().int().positive() });

/** Problems that are not about what was typed: shown above the form, the fields stay as they were. */
const FORM_LEVEL = new Set<AddSshKeyFailure>(["unavailable", "refused", "no_platform"]);

function failureText(t: Translate, reason: AddSshKeyFailure): string {
  if (reason === "unavailable") return t("sshKeys.unavailable");
  if (reason === "refused") return t("sshKeys.refused");
  if (reason === "no_platform") return t("sshKeys.noPlatform");
  return t(`sshKeys.reasons.${reason}`);
}

export async function addSshKeyAction(
  _prev: AddSshKeyState,
  formData: FormData,
): Promise<AddSshKeyState> {
  const account = await requireAccount();
  const t = await getTranslator();
  const raw = {
    title: String(formData.get("title") ?? ""),
    publicKey: String(formData.get("publicKey") ?? ""),
  };
  // A pasted private key is a secret: whatever else is wrong, it is never sent back to the browser,
  // and it is refused (and audited) as such even when the title is missing too.
  const check = parsePublicKey(raw.publicKey);
  const privateKey = !check.ok && check.reason === "private_key";
  const keep = {
    title: raw.title.slice(0, TITLE_MAX * 2),
    publicKey: privateKey ? "" : raw.publicKey,
  };
  const parsed = addSchema.safeParse(raw);
  if (!parsed.success && !privateKey) return invalidInput(t, parsed.error, keep);
  const input = parsed.success
    ? parsed.data
    : { title: raw.title.trim().slice(0, TITLE_MAX), publicKey: raw.publicKey };

  const result = await addSshKey(account, input);
  if (!result.ok) {
    const { reason } = result;
    return {
      status: "error",
      field: FORM_LEVEL.has(reason) ? null : reason === "duplicate_title" ? "title" : "publicKey",
      message: failureText(t, reason),
      values: keep,
    };
  }
  revalidatePath("/ssh-keys");
  return {
    status: "success",
    message: t("sshKeys.added", { title: result.title, fingerprint: result.fingerprint }),
    values: { title: "", publicKey: "" },
  };
}

function invalidInput(
  t: Translate,
  error: z.ZodError,
  values: NonNullable<AddSshKeyState["values"]>,
): AddSshKeyState {
  const titleIssue = error.issues.find((i) => i.path[0] === "title");
  if (!titleIssue) {
    const message = t("sshKeys.reasons.too_long");
    return { status: "error", field: "publicKey", message, values: { ...values, publicKey: "" } };
  }
  const message =
    titleIssue.message === "too_long"
      ? t("sshKeys.titleTooLong", { max: TITLE_MAX })
      : t("sshKeys.titleRequired");
  return { status: "error", field: "title", message, values };
}

export async function deleteSshKeyAction(
  _prev: DeleteSshKeyState,
  formData: FormData,
): Promise<DeleteSshKeyState> {
  const account = await requireAccount();
  const t = await getTranslator();
  const parsed = deleteSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return { status: "error", message: t("sshKeys.invalidRequest") };
  const result = await deleteSshKey(account, parsed.data.id);
  if (result.ok) {
    revalidatePath("/ssh-keys");
    return { status: "success", message: t("sshKeys.deleted", { title: result.title }) };
  }
  const text = {
    not_found: t("sshKeys.notFound"),
    unavailable: t("sshKeys.unavailable"),
    refused: t("sshKeys.refused"),
    no_platform: t("sshKeys.noPlatform"),
  }[result.reason];
  return { status: "error", message: text };
}
