import "server-only";
import { UpstreamError } from "@/lib/http";
import { platformAccount } from "./platform-account";
import { NoPlatformAccountError, withPlatformSession } from "./platform-session";
import type { SessionAccount } from "./session";
import { upstreams } from "./upstreams";

/**
 * Trial or billing, as the platform says (its group type), for the Balance menu and the refill
 * page: a trial account is offered "Upgrade trial account" instead of "Refill balance". Read once
 * per request (platformAccount is request-cached, shared with the dashboard widgets).
 */
export type AccountPlan = "trial" | "billing" | "no_platform" | "unknown";

export async function accountPlan(account: SessionAccount): Promise<AccountPlan> {
  if (account.platformUid == null) return "no_platform";
  try {
    const platform = await withPlatformSession(account, (session) => platformAccount(session));
    return platform.groupType === "trial" ? "trial" : "billing";
  } catch (error) {
    if (error instanceof NoPlatformAccountError) return "no_platform";
    if (error instanceof UpstreamError) return "unknown";
    throw error;
  }
}

/**
 * The platform's main balance read fresh — not from the request cache, which the layout may have
 * filled before this request funded the account (return page after a refill). Null if unavailable.
 */
export async function currentPlatformBalance(account: SessionAccount) {
  if (account.platformUid == null) return null;
  try {
    const fresh = await withPlatformSession(account, (s) => upstreams().jelastic.getAccount(s));
    return fresh.balance;
  } catch (error) {
    if (error instanceof NoPlatformAccountError || error instanceof UpstreamError) return null;
    throw error;
  }
}
