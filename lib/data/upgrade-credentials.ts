import "server-only";
import { getEnv } from "@/lib/config/env";
import { createLogger } from "@/lib/http";
import { notify } from "@/lib/notifications";

/** Where a new billing login signs in: the WHMCS client area under the configured WHMCS root. */
export function billingPanelUrl(): string {
  return `${getEnv().WHMCS_URL.replace(/\/+$/, "")}/clientarea.php`;
}

const ATTEMPTS = 3;
const PAUSE_MS = [300, 1_000];

/**
 * Emails the sign-in details of a billing login the portal just created. The password exists only
 * in this call's arguments: it is not stored, so the email cannot be resent later and is tried a
 * few times here (docs/NOTIFICATIONS.md asks the caller to repeat `notify` with the same event).
 * true: sent (or an earlier call sent it); false: the customer must use "Forgot password".
 */
export async function emailCredentials(
  accountId: string,
  login: { email: string; password: string },
): Promise<boolean> {
  const event = {
    kind: "billing_account_created",
    billingPanelUrl: billingPanelUrl(),
    email: login.email,
    password: login.password,
  } as const;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const result = await notify(accountId, event);
    if (result.email === "sent") return true;
    // One credentials email per login email: an earlier one went out for a client that is gone
    // (re-created in WHMCS). Its password is not this one, so the customer must reset it.
    if (result.email === "already_sent") return attempt > 0 || result.created;
    // Another process is sending this very email right now: it has the same password.
    if (result.email === "in_progress") return true;
    const pause = PAUSE_MS[attempt];
    if (pause !== undefined) await new Promise((resolve) => setTimeout(resolve, pause));
  }
  createLogger({ level: getEnv().LOG_LEVEL }).warn(
    "billing account credentials email not sent; the customer was told to reset the password",
    { accountId },
  );
  return false;
}
