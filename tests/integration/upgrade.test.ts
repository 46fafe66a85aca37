import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionAccount } from "@/lib/data/session";
import { demoUsers } from "@/sandbox/demo-users";
import { appStackPerFile, signedInAccount } from "./support/app";
import { createTestCardProvider } from "./support/test-card-provider";

/**
 * "Upgrade trial account" through the data layer as the portal runs it (real sandbox over HTTP,
 * real SMTP into its catcher, embedded database): steps 1–2 link or create the WHMCS client, then
 * the saga's upgrade payment moves the account to the billing group and funds it.
 */
vi.mock("@/lib/data/request-context", () => ({
  getRequestContext: async () => ({ ip: "127.0.0.1", userAgent: "vitest" }),
}));

const sandbox = appStackPerFile("upgrade");

type CaughtEmail = { to: string[]; subject: string; text: string; html: string | null };

const details = {
  firstName: "Uma",
  lastName: "Upgrade",
  companyName: undefined,
  address1: "Friedrichstraße 1",
  city: "Berlin",
  state: "Berlin",
  postcode: "10117",
  country: "DE",
  phoneNumber: "+49 30 5550100",
  taxId: undefined,
};

beforeAll(() => {
  Object.assign(process.env, {
    SMTP_URL: `smtp://127.0.0.1:${sandbox.smtpPort}`,
    PORTAL_URL: "https://portal.acme.test",
    TERMS_URL: "https://acme.test/terms",
    HOSTER_NAME: "Acme Cloud",
  });
});

beforeEach(async () => {
  await sandbox.control("reset");
  const { getDb } = await import("@/lib/data/db");
  await getDb().billingAccountSetup.deleteMany();
  await getDb().notification.deleteMany();
});

afterAll(async () => {
  const { stopJobs } = await import("@/lib/jobs/runtime");
  await stopJobs();
  const { resetDefaultNotifier } = await import("@/lib/notifications");
  resetDefaultNotifier();
});

async function inbox(to: string): Promise<CaughtEmail[]> {
  const response = await fetch(`${sandbox.url}/_control/emails?to=${encodeURIComponent(to)}`);
  return (await response.json()) as CaughtEmail[];
}

async function whmcsClientsWithEmail(email: string): Promise<number> {
  const { clients } = await sandbox.whmcs.getClients({ search: email, limit: 100 });
  return clients.filter((c) => c.email.toLowerCase() === email).length;
}

async function platformAccountOf(email: string) {
  const session = await sandbox.jelastic.adminSessionFor(email);
  return sandbox.jelastic.getAccount(session);
}

/** The account as the next request's session sees it (getSessionAccount reads the same row). */
async function reread(account: SessionAccount): Promise<SessionAccount> {
  const { getDb } = await import("@/lib/data/db");
  return getDb().account.findUniqueOrThrow({
    where: { id: account.id },
    select: {
      id: true,
      email: true,
      displayName: true,
      platformUid: true,
      whmcsClientId: true,
      whmcsUserId: true,
    },
  });
}

async function auditActions(accountId: string) {
  const { getDb } = await import("@/lib/data/db");
  return getDb().auditEvent.findMany({ where: { accountId }, orderBy: { createdAt: "asc" } });
}

describe("upgrade steps 1–2: the billing account", () => {
  it("links the WHMCS client that has the account's email, creates nothing, then the upgrade payment converts and funds", async () => {
    const account = await signedInAccount(demoUsers.linked);
    const { getUpgradeStatus, setUpBillingAccount } = await import("@/lib/data/upgrade");
    expect(await getUpgradeStatus(account)).toEqual({ kind: "trial", setup: null });

    const result = await setUpBillingAccount(account, { ...details, country: "AT" });
    expect(result).toEqual({
      kind: "ok",
      setup: { outcome: "linked", credentialsEmailed: false, whmcsClientId: 505 },
    });
    expect(await whmcsClientsWithEmail(demoUsers.linked.email)).toBe(1);
    const linked = await reread(account);
    expect(linked).toMatchObject({ whmcsClientId: 505, whmcsUserId: 606 });
    expect(await getUpgradeStatus(linked)).toMatchObject({ setup: { outcome: "linked" } });
    expect((await auditActions(account.id)).map((a) => a.action)).toContain(
      "billing_account.linked",
    );

    // Step 3–4 (the PaymentFlow's calls): 20.00 net from the linked client's WHMCS credit.
    const { startPayment } = await import("@/lib/data/payments");
    const paid = await startPayment(linked, {
      purpose: "upgrade",
      amountMinor: 2_000,
      currency: "USD",
      method: "credit",
      idempotencyKey: "upgrade_linked_000000001",
    });
    expect(paid).toMatchObject({
      kind: "ok",
      payment: { status: "done", amountMinor: 2_000, taxMinor: 400, totalMinor: 2_400 },
    });
    expect(await platformAccountOf(demoUsers.linked.email)).toMatchObject({
      groupType: "billing",
      balance: { amountMinor: 2_000, currency: "USD" },
    });
    const mails = await inbox(demoUsers.linked.email);
    expect(mails.map((m) => m.subject)).toEqual(["Your Acme Cloud account has been upgraded"]);
    const { getDb } = await import("@/lib/data/db");
    expect(
      await getDb().notification.findMany({
        where: { accountId: account.id },
        select: { kind: true, emailStatus: true },
      }),
    ).toEqual([{ kind: "upgrade_done", emailStatus: "sent" }]);
    // Once converted, the upgrade page has nothing left to do.
    expect(await getUpgradeStatus(linked)).toEqual({ kind: "not_trial" });
  });

  it("creates a WHMCS client from the details, emails the sign-in details once, and keeps the password out of everything else", async () => {
    const account = await signedInAccount(demoUsers.upgrade);
    expect(account.whmcsClientId).toBeNull();
    const { setUpBillingAccount } = await import("@/lib/data/upgrade");
    const result = await setUpBillingAccount(account, details);
    expect(result).toMatchObject({
      kind: "ok",
      setup: { outcome: "created", credentialsEmailed: true },
    });
    const clientId = result.kind === "ok" ? result.setup.whmcsClientId : 0;
    const client = await sandbox.whmcs.getClientsDetails({ clientId });
    expect(client).toMatchObject({
      email: demoUsers.upgrade.email,
      firstName: "Uma",
      lastName: "Upgrade",
      country: "DE",
      currency: "USD",
    });
    const session = await reread(account);
    expect(session.whmcsClientId).toBe(clientId);
    expect(session.whmcsUserId).not.toBeNull();

    const [mail, ...more] = await inbox(demoUsers.upgrade.email);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe("Your Acme Cloud billing account");
    expect(mail?.text).toContain(`${sandbox.url}/whmcs/clientarea.php`);
    const password = /Password: (\S+)/.exec(mail?.text ?? "")?.[1] ?? "";
    expect(password).toHaveLength(20);
    // The emailed password really signs in to the new billing login.
    expect(await sandbox.whmcs.validateLogin(demoUsers.upgrade.email, password)).toEqual({
      userId: session.whmcsUserId,
    });
    const { getDb } = await import("@/lib/data/db");
    const stored = JSON.stringify([
      await getDb().notification.findMany({ where: { accountId: account.id } }),
      await auditActions(account.id),
      await getDb().billingAccountSetup.findMany(),
      result,
    ]);
    expect(stored).not.toContain(password);
    expect(stored).toContain("billing_account.created");
    expect(stored).toContain("https://acme.test/terms");

    // Steps 3–4 with the card stand-in (the Stripe provider is another branch's work).
    const { settlementDeps } = await import("@/lib/payments/runtime");
    settlementDeps().providers.register(
      Object.assign(createTestCardProvider("instant"), { id: "stripe" }),
    );
    const { startPayment } = await import("@/lib/data/payments");
    const paid = await startPayment(session, {
      purpose: "upgrade",
      amountMinor: 1_500,
      currency: "USD",
      method: "card",
      idempotencyKey: "upgrade_created_00000001",
    });
    expect(paid).toMatchObject({
      kind: "ok",
      payment: { status: "done", taxMinor: 285, totalMinor: 1_785 },
    });
    expect(await platformAccountOf(demoUsers.upgrade.email)).toMatchObject({
      groupType: "billing",
      balance: { amountMinor: 1_500 },
    });
    expect((await inbox(demoUsers.upgrade.email)).map((m) => m.subject).sort()).toEqual([
      "Your Acme Cloud account has been upgraded",
      "Your Acme Cloud billing account",
    ]);
    const kinds = await getDb().notification.findMany({
      where: { accountId: account.id },
      select: { kind: true },
      orderBy: { createdAt: "asc" },
    });
    expect(kinds.map((n) => n.kind)).toEqual(["billing_account_created", "upgrade_done"]);
  });

  it("a double submit, a retry and a late third submit set up one client and send one email", async () => {
    const account = await signedInAccount(demoUsers.upgrade);
    const { setUpBillingAccount } = await import("@/lib/data/upgrade");
    const [first, second] = await Promise.all([
      setUpBillingAccount(account, details),
      setUpBillingAccount(account, details),
    ]);
    expect(first).toMatchObject({ kind: "ok", setup: { outcome: "created" } });
    expect(second).toEqual(first);
    const third = await setUpBillingAccount(await reread(account), details);
    expect(third).toEqual(first);
    expect(await whmcsClientsWithEmail(demoUsers.upgrade.email)).toBe(1);
    expect(await inbox(demoUsers.upgrade.email)).toHaveLength(1);
  });

  it("after a run that died past AddClient, the next submit links that client and says the password must be reset", async () => {
    const account = await signedInAccount(demoUsers.upgrade);
    const { getDb } = await import("@/lib/data/db");
    // What the dead run left: its lease (expired) at phase "creating", and the client in WHMCS.
    await getDb().billingAccountSetup.create({
      data: {
        accountId: account.id,
        state: "working",
        phase: "creating",
        leaseUntil: new Date(Date.now() - 1_000),
      },
    });
    const created = await sandbox.whmcs.addClient({
      ...details,
      email: demoUsers.upgrade.email,
      password: "Lost-with-the-crash-1",
    });
    const { setUpBillingAccount } = await import("@/lib/data/upgrade");
    expect(await setUpBillingAccount(account, details)).toEqual({
      kind: "ok",
      setup: { outcome: "created", credentialsEmailed: false, whmcsClientId: created.clientId },
    });
    expect(await whmcsClientsWithEmail(demoUsers.upgrade.email)).toBe(1);
  });

  it("an upstream failure creates nothing, frees the form, and the next submit succeeds", async () => {
    const account = await signedInAccount(demoUsers.upgrade);
    const { setUpBillingAccount } = await import("@/lib/data/upgrade");
    await sandbox.control("faults", { service: "whmcs", action: "AddClient", status: 500 });
    expect(await setUpBillingAccount(account, details)).toEqual({ kind: "unavailable" });
    expect(await whmcsClientsWithEmail(demoUsers.upgrade.email)).toBe(0);
    await sandbox.control("faults", undefined, "DELETE");
    expect(await setUpBillingAccount(account, details)).toMatchObject({
      kind: "ok",
      setup: { outcome: "created", credentialsEmailed: true },
    });
    const failed = (await auditActions(account.id)).find(
      (a) => a.action === "billing_account.setup",
    );
    expect(failed?.outcome).toBe("failure");
  });

  it("a billing account cannot upgrade, and a WHMCS-only login has no trial account to upgrade", async () => {
    const { getUpgradeStatus, setUpBillingAccount } = await import("@/lib/data/upgrade");
    const billing = await signedInAccount(demoUsers.billing);
    expect(await getUpgradeStatus(billing)).toEqual({ kind: "not_trial" });
    expect(await setUpBillingAccount(billing, details)).toEqual({ kind: "not_trial" });
    const whmcsOnly = await signedInAccount(demoUsers.whmcsOnly);
    expect(await setUpBillingAccount(whmcsOnly, details)).toEqual({ kind: "no_platform" });
    const { getDb } = await import("@/lib/data/db");
    expect(await getDb().billingAccountSetup.count()).toBe(0);
    expect(await reread(billing)).toMatchObject({ whmcsClientId: 501 });
  });

  it("acts only for the session's own account: a smuggled email is ignored, another account is untouched", async () => {
    const billing = await signedInAccount(demoUsers.billing);
    const trial = await signedInAccount(demoUsers.trial);
    const { setUpBillingAccount } = await import("@/lib/data/upgrade");
    const tampered = { ...details, email: demoUsers.billing.email, clientId: 501 };
    const result = await setUpBillingAccount(trial, tampered);
    expect(result).toMatchObject({ kind: "ok", setup: { outcome: "created" } });
    const clientId = result.kind === "ok" ? result.setup.whmcsClientId : 0;
    expect(clientId).not.toBe(501);
    expect((await sandbox.whmcs.getClientsDetails({ clientId }))?.email).toBe(
      demoUsers.trial.email,
    );
    expect(await reread(billing)).toMatchObject({ whmcsClientId: 501, whmcsUserId: 601 });
    expect(await inbox(demoUsers.billing.email)).toHaveLength(0);
  });

  it("back from a cancelled upgrade payment (?payment=ID), the payment step keeps its amount and method; other ids are ignored", async () => {
    const account = await signedInAccount(demoUsers.linked);
    const { setUpBillingAccount } = await import("@/lib/data/upgrade");
    await setUpBillingAccount(account, { ...details, country: "AT" });
    const linked = await reread(account);
    const { startPayment, cancelPayment } = await import("@/lib/data/payments");
    const quote = await startPayment(
      linked,
      {
        purpose: "upgrade",
        amountMinor: 3_000,
        currency: "USD",
        method: "credit",
        idempotencyKey: "upgrade_cancel_000000001",
      },
      { awaitConfirmation: true },
    );
    const paymentId = quote.kind === "ok" ? quote.payment.id : "";
    await cancelPayment(linked, paymentId);
    const refill = await startPayment(
      linked,
      {
        purpose: "refill",
        amountMinor: 1_000,
        currency: "USD",
        method: "credit",
        idempotencyKey: "refill_not_upgrade_00001",
      },
      { awaitConfirmation: true },
    );

    const { resumedPayment } =
      await import("@/app/(portal)/billing/upgrade/_components/resumed-payment");
    const resume = await resumedPayment(linked, paymentId);
    expect(resume).toMatchObject({
      id: paymentId,
      purpose: "upgrade",
      amountMinor: 3_000,
      method: "credit",
      status: "cancelled",
      failureReason: "cancelled_by_customer",
    });
    // The payment step starts again from that attempt's amount and method.
    const { loadPaymentSetup } = await import("@/lib/data/payment-setup");
    const setup = await loadPaymentSetup(linked, {
      purpose: "upgrade",
      previous: { amountMinor: 3_000, method: "credit" },
    });
    expect(setup).toMatchObject({
      purpose: "upgrade",
      currency: "USD",
      amount: { kind: "choose", initialMinor: 3_000 },
    });
    // Not an upgrade attempt, another account's attempt, or garbage: no resume.
    expect(await resumedPayment(linked, refill.kind === "ok" ? refill.payment.id : "")).toBeNull();
    expect(await resumedPayment(await signedInAccount(demoUsers.trial), paymentId)).toBeNull();
    expect(await resumedPayment(linked, "../../etc")).toBeNull();
    expect(await resumedPayment(linked, ["x"])).toBeNull();
  });
});
