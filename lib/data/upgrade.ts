import "server-only";
import type { BillingDetails } from "@/lib/billing/upgrade/billing-details";
import { generateBillingPassword } from "@/lib/billing/upgrade/password";
import { getBranding } from "@/lib/config/branding";
import { getEnv } from "@/lib/config/env";
import { UpstreamError } from "@/lib/http";
import { JelasticNotFoundError } from "@/lib/jelastic";
import type { NewWhmcsClient } from "@/lib/whmcs";
import { recordAudit } from "./audit";
import { getDb } from "./db";
import { platformAccount } from "./platform-account";
import { NoPlatformAccountError, withPlatformSession } from "./platform-session";
import type { SessionAccount } from "./session";
import { emailCredentials } from "./upgrade-credentials";
import {
  claimSetup,
  LostSetupLeaseError,
  markPhase,
  releaseSetup,
  waitForSetup,
  type Claim,
  type SetupRow,
} from "./upgrade-claim";
import { upstreams } from "./upstreams";

/**
 * "Upgrade trial account", steps 1–2 (docs: seed "Billing via WHMCS"): the billing account of a
 * trial platform account. A WHMCS client with the account's email is linked; otherwise one is
 * created from the billing details with a generated password that only the email carries.
 * The account row gets the WHMCS ids at once, so the session sees them on the next request
 * (getSessionAccount reads the database every request; nothing is cached in the JWT).
 */
export type UpgradeOutcome = "linked" | "created" | "created_for_login";

export type BillingSetupView = {
  outcome: UpgradeOutcome;
  /** created: whether the sign-in details reached the mail server (else: "Forgot password"). */
  credentialsEmailed: boolean;
  whmcsClientId: number;
};

type Ineligible = { kind: "not_trial" } | { kind: "no_platform" } | { kind: "unavailable" };

export type UpgradeStatus = { kind: "trial"; setup: BillingSetupView | null } | Ineligible;

export type SetUpResult =
  | { kind: "ok"; setup: BillingSetupView }
  | Ineligible
  /** Another submit of this account is still setting it up; its answer is shown on reload. */
  | { kind: "busy" }
  /** WHMCS said no to the details (a business error); nothing was created. */
  | { kind: "refused" };

const WAIT_FOR_OTHER_SUBMIT = { timeoutMs: 20_000, pollMs: 200 };

export async function getUpgradeStatus(account: SessionAccount): Promise<UpgradeStatus> {
  const group = await platformGroup(account);
  if (group.kind !== "trial") return group;
  const row = await getDb().billingAccountSetup.findUnique({ where: { accountId: account.id } });
  return { kind: "trial", setup: currentSetup(row, account) };
}

export async function setUpBillingAccount(
  account: SessionAccount,
  details: BillingDetails,
): Promise<SetUpResult> {
  const group = await platformGroup(account);
  if (group.kind !== "trial") return group;
  const db = getDb();
  const done = currentSetup(
    await db.billingAccountSetup.findUnique({ where: { accountId: account.id } }),
    account,
  );
  if (done) return { kind: "ok", setup: done };

  const env = getEnv();
  const now = new Date();
  const leaseMs = Math.max(60_000, env.UPSTREAM_TIMEOUT_MS * 6);
  const claim = await claimSetup(db, account.id, now, leaseMs, {
    acceptedAt: now,
    url: getBranding().termsUrl,
  });
  if (!claim) {
    const row = await waitForSetup(db, account.id, WAIT_FOR_OTHER_SUBMIT);
    const view = row?.state === "done" ? viewOf(row) : null;
    return view ? { kind: "ok", setup: view } : { kind: "busy" };
  }
  try {
    return { kind: "ok", setup: await runSetup(account, details, claim) };
  } catch (error) {
    if (error instanceof LostSetupLeaseError) return { kind: "busy" };
    await releaseSetup(db, claim);
    const refused = error instanceof UpstreamError && error.kind === "business";
    await recordAudit({
      accountId: account.id,
      actorEmail: account.email,
      action: "billing_account.setup",
      target: `account:${account.id}`,
      outcome: "failure",
      details: { reason: error instanceof UpstreamError ? error.kind : "internal" },
    });
    if (error instanceof UpstreamError) return { kind: refused ? "refused" : "unavailable" };
    throw error;
  }
}

type Link = { clientId: number; userId: number | null; outcome: UpgradeOutcome };

async function runSetup(
  account: SessionAccount,
  details: BillingDetails,
  claim: Claim,
): Promise<BillingSetupView> {
  const { whmcs } = upstreams();
  const db = getDb();
  const email = account.email;
  let link: Link;
  let password: string | null = null;

  const existing = await whmcs.getClientsDetails({ email });
  if (existing) {
    // Found after an earlier run of ours got as far as AddClient: we created it, but its password
    // died with that run, so the customer is told to reset it instead of "we linked".
    const outcome = claim.previousPhase === "creating" ? "created" : "linked";
    link = { clientId: existing.id, userId: await loginIdOf(email), outcome };
  } else {
    const login = await loginIdOf(email);
    await markPhase(db, claim, "creating");
    const client: NewWhmcsClient = { ...details, email };
    if (login !== null) {
      // A WHMCS login with this email exists but owns no client: it becomes the new one's owner.
      const created = await whmcs.addClient({ ...client, ownerUserId: login });
      link = { clientId: created.clientId, userId: login, outcome: "created_for_login" };
    } else {
      password = generateBillingPassword();
      const created = await whmcs.addClient({ ...client, password });
      link = { clientId: created.clientId, userId: created.ownerUserId, outcome: "created" };
    }
  }

  await linkClient(account.id, link);
  await recordAudit({
    accountId: account.id,
    actorEmail: email,
    action: link.outcome === "linked" ? "billing_account.linked" : "billing_account.created",
    target: `whmcs-client:${link.clientId}`,
    outcome: "success",
    details: {
      outcome: link.outcome,
      country: details.country,
      termsUrl: claim.row.termsUrl,
      termsAcceptedAt: claim.row.termsAcceptedAt?.toISOString() ?? null,
    },
  });

  let emailed: boolean | null = null;
  if (password !== null) emailed = await emailCredentials(account.id, { email, password });
  else if (link.outcome === "created") emailed = false;
  if (emailed !== null) {
    await recordAudit({
      accountId: account.id,
      actorEmail: email,
      action: "billing_account.credentials_email",
      target: `whmcs-client:${link.clientId}`,
      outcome: emailed ? "success" : "failure",
    });
  }
  const row = await db.billingAccountSetup.update({
    where: { accountId: account.id },
    data: {
      state: "done",
      phase: null,
      leaseUntil: null,
      credentialsEmail: emailed === null ? null : emailed ? "sent" : "failed",
    },
  });
  return viewOf(row)!;
}

/**
 * The account row carries the WHMCS ids from now on. A stale row that still points at the same
 * client (its email moved upstream) loses the link, as at sign-in (lib/data/accounts.ts).
 */
async function linkClient(accountId: string, link: Link): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.account.updateMany({
      where: { whmcsClientId: link.clientId, NOT: { id: accountId } },
      data: { whmcsClientId: null, whmcsUserId: null },
    });
    await tx.account.update({
      where: { id: accountId },
      data: { whmcsClientId: link.clientId, whmcsUserId: link.userId },
    });
    await tx.billingAccountSetup.update({
      where: { accountId },
      data: {
        phase: "linking",
        outcome: link.outcome,
        whmcsClientId: link.clientId,
        whmcsUserId: link.userId,
      },
    });
  });
}

/** The WHMCS login (user) whose email is exactly this one, if any. */
async function loginIdOf(email: string): Promise<number | null> {
  const users = await upstreams().whmcs.getUsers({ search: email });
  return users.find((u) => u.email.toLowerCase() === email)?.id ?? null;
}

async function platformGroup(account: SessionAccount): Promise<{ kind: "trial" } | Ineligible> {
  if (account.platformUid == null) return { kind: "no_platform" };
  try {
    const platform = await withPlatformSession(account, (session) => platformAccount(session));
    return platform.groupType === "trial" ? { kind: "trial" } : { kind: "not_trial" };
  } catch (error) {
    if (error instanceof NoPlatformAccountError || error instanceof JelasticNotFoundError) {
      return { kind: "no_platform" };
    }
    if (error instanceof UpstreamError) return { kind: "unavailable" };
    throw error;
  }
}

/** Steps 1–2 count as done only while the account is still linked to the client they set up. */
function currentSetup(row: SetupRow | null, account: SessionAccount): BillingSetupView | null {
  if (!row || row.whmcsClientId === null || row.whmcsClientId !== account.whmcsClientId) {
    return null;
  }
  return viewOf(row);
}

function viewOf(row: SetupRow): BillingSetupView | null {
  if (row.state !== "done" || row.whmcsClientId === null || !isOutcome(row.outcome)) return null;
  return {
    outcome: row.outcome,
    credentialsEmailed: row.credentialsEmail === "sent",
    whmcsClientId: row.whmcsClientId,
  };
}

function isOutcome(value: string | null): value is UpgradeOutcome {
  return value === "linked" || value === "created" || value === "created_for_login";
}
