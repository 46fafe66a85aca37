import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "./db";

export type SessionAccount = {
  id: string;
  email: string;
  displayName: string | null;
  platformUid: number | null;
  whmcsClientId: number | null;
  whmcsUserId: number | null;
};

/**
 * The signed-in account, checked against the database on every request (a forged or stale cookie
 * for a deleted account yields null). Everything in lib/data starts here.
 */
export const getSessionAccount = cache(async (): Promise<SessionAccount | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return getDb().account.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      displayName: true,
      platformUid: true,
      whmcsClientId: true,
      whmcsUserId: true,
    },
  });
});

export async function requireAccount(): Promise<SessionAccount> {
  const account = await getSessionAccount();
  if (!account) redirect("/login");
  return account;
}
