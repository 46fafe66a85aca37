"use server";

import { signOut } from "@/auth";
import { recordAudit } from "@/lib/data/audit";
import { endPlatformSession } from "@/lib/data/sign-out";
import { getSessionAccount } from "@/lib/data/session";

/** Ends the portal session and the stored platform session; the browser keeps nothing usable. */
export async function signOutAction(): Promise<void> {
  const account = await getSessionAccount();
  if (account) {
    await endPlatformSession(account.id);
    await recordAudit({
      accountId: account.id,
      actorEmail: account.email,
      action: "auth.sign_out",
      outcome: "success",
    });
  }
  await signOut({ redirectTo: "/login?signedOut=1" });
}
