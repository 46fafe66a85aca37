import "server-only";
import { recordAudit } from "./audit";
import { NoPlatformAccountError } from "./platform-session";
import type { SessionAccount } from "./session";
import { upstreams } from "./upstreams";

export class NoBillingAccountError extends Error {
  constructor() {
    super("This account has no billing client");
    this.name = "NoBillingAccountError";
  }
}

/** A one-time link that signs this user into the platform dashboard; minted per click, never stored. */
export async function mintPlatformLoginLink(account: SessionAccount): Promise<string> {
  if (account.platformUid == null) throw new NoPlatformAccountError();
  try {
    const link = await upstreams().jelastic.createLoginLink(account.email);
    await recordAudit({
      accountId: account.id,
      actorEmail: account.email,
      action: "sso.platform_dashboard",
      outcome: "success",
    });
    return link;
  } catch (error) {
    await recordAudit({
      accountId: account.id,
      actorEmail: account.email,
      action: "sso.platform_dashboard",
      outcome: "failure",
    });
    throw error;
  }
}

/** WHMCS single sign-on into its client area (token valid once, for 60 seconds). */
export async function mintBillingSsoUrl(account: SessionAccount): Promise<string> {
  if (account.whmcsClientId == null) throw new NoBillingAccountError();
  const { redirectUrl } = await upstreams().whmcs.createSsoToken({
    clientId: account.whmcsClientId,
  });
  await recordAudit({
    accountId: account.id,
    actorEmail: account.email,
    action: "sso.billing_panel",
    outcome: "success",
  });
  return redirectUrl;
}
