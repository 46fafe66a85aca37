import "server-only";
import { z } from "zod";
import { getEnvironment } from "./environments";
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

const envNameSchema = z.string().regex(/^[a-z0-9-]{1,64}$/i);

/**
 * A one-time link that signs this user into the platform dashboard; minted per click, never stored.
 * With an `envName` form field it lands on that environment, which must be the user's own.
 */
export async function mintPlatformLoginLink(
  account: SessionAccount,
  form: FormData,
): Promise<string> {
  if (account.platformUid == null) throw new NoPlatformAccountError();
  const requested = form.get("envName");
  let envName: string | undefined;
  if (requested !== null) {
    const parsed = envNameSchema.safeParse(requested);
    if (!parsed.success || !(await getEnvironment(account, parsed.data))) {
      throw new EnvironmentNotFoundError();
    }
    envName = parsed.data;
  }
  return audited(account, "sso.platform_dashboard", () =>
    upstreams().jelastic.createLoginLink(account.email, envName),
  );
}

export class EnvironmentNotFoundError extends Error {
  constructor() {
    super("No such environment on this account");
    this.name = "EnvironmentNotFoundError";
  }
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
