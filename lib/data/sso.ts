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

/** Mints a one-use sign-in URL and records the attempt, successful or not, in the audit log. */
async function audited(account: SessionAccount, action: string, mint: () => Promise<string>) {
  const entry = { accountId: account.id, actorEmail: account.email, action };
  try {
    const url = await mint();
    await recordAudit({ ...entry, outcome: "success" });
    return url;
  } catch (error) {
    await recordAudit({ ...entry, outcome: "failure" });
    throw error;
  }
}

/** A one-time link that signs this user into the platform dashboard; minted per click, never stored. */
export async function mintPlatformLoginLink(account: SessionAccount): Promise<string> {
  if (account.platformUid == null) throw new NoPlatformAccountError();
  return audited(account, "sso.platform_dashboard", () =>
    upstreams().jelastic.createLoginLink(account.email),
  );
}

/** WHMCS single sign-on into its client area (token valid once, for 60 seconds). */
export async function mintBillingSsoUrl(account: SessionAccount): Promise<string> {
  const clientId = account.whmcsClientId;
  if (clientId == null) throw new NoBillingAccountError();
  return audited(account, "sso.billing_panel", async () => {
    const { redirectUrl } = await upstreams().whmcs.createSsoToken({ clientId });
    return redirectUrl;
  });
}
