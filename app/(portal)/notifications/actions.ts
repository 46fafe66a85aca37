"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/data/notifications";
import { requireAccount } from "@/lib/data/session";
import { getTranslator } from "@/lib/i18n/server";
import type { MarkReadState } from "./_components/form-states";

const markReadSchema = z.object({ id: z.string().trim().min(1).max(64) });

/** The unread badge lives in the shell, so the whole layout is re-rendered after a change. */
function refreshShell() {
  revalidatePath("/", "layout");
}

export async function markNotificationReadAction(
  _prev: MarkReadState,
  formData: FormData,
): Promise<MarkReadState> {
  const account = await requireAccount();
  const t = await getTranslator();
  const parsed = markReadSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return { status: "error", message: t("notifications.notFound") };
  try {
    const result = await markNotificationRead(account, parsed.data.id);
    if (!result.ok) return { status: "error", message: t("notifications.notFound") };
  } catch {
    return { status: "error", message: t("notifications.failed") };
  }
  refreshShell();
  return { status: "success", message: t("notifications.markedRead") };
}

export async function markAllNotificationsReadAction(
  _prev: MarkReadState,
  _formData: FormData,
): Promise<MarkReadState> {
  const account = await requireAccount();
  const t = await getTranslator();
  let count: number;
  try {
    count = await markAllNotificationsRead(account);
  } catch {
    return { status: "error", message: t("notifications.failed") };
  }
  refreshShell();
  return { status: "success", message: t("notifications.allMarkedRead", { count }) };
}
