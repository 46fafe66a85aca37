import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db";
import { paths } from "@/scripts/db/paths";
import { createThrowawayDatabase } from "@/scripts/db/throwaway-database";
import { startSandbox } from "@/sandbox/server";

/**
 * notify() end to end: the real database (PostgreSQL with TEST_DATABASE_URL, else an embedded
 * PGlite) and real SMTP into the sandbox catcher, read back through its control API.
 */
type CaughtEmail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
};

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let workDir: string;
let dropDatabase: (() => Promise<void>) | undefined;
let db: PrismaClient;
let closedPort: number;
const PASSWORD = "Tr0ub4dor&3<x>";

async function inbox(to: string): Promise<CaughtEmail[]> {
  const response = await fetch(`${sandbox.url}/_control/emails?to=${encodeURIComponent(to)}`);
  return (await response.json()) as CaughtEmail[];
}

async function freePortThatIsClosed(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let seq = 0;
async function account(locale: string | null, name: string | null = "Bill Billing") {
  seq += 1;
  return db.account.create({
    data: { email: `notify-${seq}-${Date.now()}@example.test`, displayName: name, locale },
  });
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "notifications-"));
  sandbox = await startSandbox({
    port: 0,
    smtpPort: 0,
    dataDir: join(workDir, "sandbox"),
    quiet: true,
  });
  closedPort = await freePortThatIsClosed();
  const serverUrl = process.env.TEST_DATABASE_URL;
  let databaseUrl = "";
  if (serverUrl) {
    const database = await createThrowawayDatabase(serverUrl, "notify_test");
    dropDatabase = database.drop;
    databaseUrl = database.url;
  }
  Object.assign(process.env, {
    AUTH_SECRET: "x".repeat(40),
    PGLITE_DIR: join(workDir, "pglite"),
    DATABASE_URL: databaseUrl,
    PORTAL_URL: "https://portal.acme.test",
    WHMCS_URL: `${sandbox.url}/whmcs`,
    WHMCS_API_IDENTIFIER: "sandbox_whmcs_identifier",
    WHMCS_API_SECRET: "sandbox_whmcs_secret",
    JELASTIC_URL: `${sandbox.url}/jelastic`,
    JELASTIC_REG_URL: `${sandbox.url}/jelastic-reg`,
    JELASTIC_ADMIN_TOKEN: "sandbox_platform_admin_token",
    SMTP_URL: `smtp://127.0.0.1:${sandbox.smtpPort}`,
    MAIL_FROM: "Acme Billing <billing@acme.test>",
    HOSTER_NAME: "Acme Cloud",
    HOSTER_LOGO_URL: "/brand/acme.png",
    BRAND_COLOR: "#0b6e4f",
    SUPPORT_EMAIL: "help@acme.test",
    LOG_LEVEL: "error",
  });
  const { applyMigrations, createPrismaClient } = await import("@/lib/db");
  if (databaseUrl) {
    await applyMigrations(databaseUrl, paths.migrations);
    db = createPrismaClient({ databaseUrl, poolMax: 5 });
  } else {
    const { PGlite } = await import("@electric-sql/pglite");
    const pglite = new PGlite(join(workDir, "pglite"));
    await applyMigrations(pglite, paths.migrations);
    await pglite.close();
    db = createPrismaClient({ pgliteDir: join(workDir, "pglite") });
  }
});

beforeEach(async () => {
  await fetch(`${sandbox.url}/_control/emails`, { method: "DELETE" });
});

afterAll(async () => {
  const { resetDefaultNotifier } = await import("@/lib/notifications");
  resetDefaultNotifier();
  const { closeDatabases } = await import("@/lib/db");
  await closeDatabases();
  await dropDatabase?.();
  await sandbox.close();
  rmSync(workDir, { recursive: true, force: true });
});

const events = {
  upgrade_done: {
    kind: "upgrade_done",
    paymentId: "pay_up_1",
    amountMinor: 2500,
    currency: "EUR",
    newGroup: "billing",
    balanceMinor: 2500,
  },
  refill_done: {
    kind: "refill_done",
    paymentId: "pay_re_1",
    amountMinor: 123456,
    currency: "EUR",
    balanceMinor: 130000,
  },
  payment_failed: {
    kind: "payment_failed",
    paymentId: "pay_fail_1",
    amountMinor: 1000,
    currency: "EUR",
    reason: "insufficient_funds",
  },
  billing_account_created: {
    kind: "billing_account_created",
    billingPanelUrl: "https://billing.acme.test/clientarea.php",
    email: "bill@example.test",
    password: PASSWORD,
  },
} as const;

const germanSubjects = {
  upgrade_done: "Ihr Acme Cloud-Konto wurde hochgestuft",
  refill_done: "Ihr Acme Cloud-Guthaben wurde um 1.234,56\u00a0€ aufgeladen",
  payment_failed: "Ihre Zahlung über 10,00\u00a0€ ist nicht durchgegangen",
  billing_account_created: "Ihr Acme Cloud-Abrechnungskonto",
};

describe("notify", () => {
  it.each(Object.keys(events) as (keyof typeof events)[])(
    "%s: one dashboard row and one branded German email with HTML and text",
    async (kind) => {
      const { notify } = await import("@/lib/notifications");
      const german = await account("de");
      const result = await notify(german.id, events[kind]);
      expect(result).toMatchObject({ created: true, email: "sent" });

      const rows = await db.notification.findMany({ where: { accountId: german.id } });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ kind, emailStatus: "sent", readAt: null, emailAttempts: 1 });
      expect(JSON.stringify(rows[0]?.params)).not.toContain(PASSWORD);

      const mails = await inbox(german.email);
      expect(mails).toHaveLength(1);
      const mail = mails[0]!;
      expect(mail.subject).toBe(germanSubjects[kind]);
      expect(mail.from).toBe("billing@acme.test");
      expect(mail.messageId).toBe(`<notification.${result.notificationId}@acme.test>`);
      expect(mail.text).toContain("Hallo Bill Billing,");
      expect(mail.text).toContain("Fragen? Schreiben Sie an help@acme.test.");
      expect(mail.html).toContain('<html lang="de">');
      expect(mail.html).toContain("#0b6e4f");
      expect(mail.html).toContain('src="https://portal.acme.test/brand/acme.png"');
      expect(mail.html).toContain("Acme Cloud");
      if (kind === "billing_account_created") {
        expect(mail.text).toContain(`Passwort: ${PASSWORD}`);
        expect(mail.html).toContain("Tr0ub4dor&amp;3&lt;x&gt;");
      } else {
        expect(mail.text).not.toContain(PASSWORD);
      }
    },
  );

  it("writes English for an account without a locale", async () => {
    const { notify } = await import("@/lib/notifications");
    const english = await account(null, null);
    await notify(english.id, events.refill_done);
    const [mail] = await inbox(english.email);
    expect(mail?.subject).toBe("Your Acme Cloud balance was refilled with €1,234.56");
    expect(mail?.text).toContain("Hello,");
  });

  it("the same event twice, also concurrently, is one row and one email", async () => {
    const { notify } = await import("@/lib/notifications");
    const owner = await account("en");
    const results = await Promise.all([
      notify(owner.id, events.refill_done),
      notify(owner.id, events.refill_done),
    ]);
    const again = await notify(owner.id, events.refill_done);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(again).toMatchObject({ created: false, email: "already_sent" });
    expect(new Set([...results, again].map((r) => r.notificationId)).size).toBe(1);
    expect(await db.notification.count({ where: { accountId: owner.id } })).toBe(1);
    expect(await inbox(owner.email)).toHaveLength(1);

    // A second failed attempt of the same payment is news; the same attempt is not.
    await notify(owner.id, events.payment_failed);
    await notify(owner.id, events.payment_failed);
    await notify(owner.id, { ...events.payment_failed, attempt: 2 });
    expect(await db.notification.count({ where: { accountId: owner.id } })).toBe(3);
    expect(await inbox(owner.email)).toHaveLength(3);
  });

  it("refuses an invalid event and an unknown account without writing anything", async () => {
    const { notify, NotificationAccountNotFoundError } = await import("@/lib/notifications");
    const owner = await account("en");
    await expect(notify(owner.id, { ...events.refill_done, amountMinor: 12.5 })).rejects.toThrow();
    await expect(notify("no-such-account", events.refill_done)).rejects.toBeInstanceOf(
      NotificationAccountNotFoundError,
    );
    expect(await db.notification.count({ where: { accountId: owner.id } })).toBe(0);
    expect(await inbox(owner.email)).toHaveLength(0);
  });
});

describe("SMTP down", () => {
  async function notifierWith(smtpPort: number, logs: string[]) {
    const { testNotifier } = await import("./support/test-notifier");
    const { createLogger } = await import("@/lib/http");
    return testNotifier(
      db,
      smtpPort,
      createLogger({ level: "debug", write: (line) => logs.push(line) }),
    );
  }

  it("stores the notification, keeps the email pending, and a retry sends it exactly once", async () => {
    const logs: string[] = [];
    const down = await notifierWith(closedPort, logs);
    const up = await notifierWith(sandbox.smtpPort, logs);
    const owner = await account("en");

    const first = await down.notify(owner.id, events.upgrade_done);
    expect(first).toMatchObject({ created: true, email: "failed" });
    const stored = await db.notification.findUniqueOrThrow({ where: { id: first.notificationId } });
    expect(stored).toMatchObject({
      emailStatus: "pending",
      emailError: "ECONNREFUSED",
      emailAttempts: 1,
    });
    expect(await inbox(owner.email)).toHaveLength(0);

    // Still down: the retry reports the failure and keeps it pending.
    expect((await down.retryPendingEmails()).failed).toBeGreaterThanOrEqual(1);

    const tally = await up.retryPendingEmails();
    expect(tally.sent).toBeGreaterThanOrEqual(1);
    expect(await inbox(owner.email)).toHaveLength(1);
    expect(
      await db.notification.findUniqueOrThrow({ where: { id: first.notificationId } }),
    ).toMatchObject({ emailStatus: "sent", emailError: null, emailAttempts: 3 });

    await up.retryPendingEmails();
    expect(await up.notify(owner.id, events.upgrade_done)).toMatchObject({
      created: false,
      email: "already_sent",
    });
    expect(await inbox(owner.email)).toHaveLength(1);
    expect(await db.notification.count({ where: { accountId: owner.id } })).toBe(1);
    down.close();
    up.close();
  });

  it("leaves the credentials email to its caller: the retry cannot know the password", async () => {
    const logs: string[] = [];
    const down = await notifierWith(closedPort, logs);
    const up = await notifierWith(sandbox.smtpPort, logs);
    const owner = await account("en");

    expect(await down.notify(owner.id, events.billing_account_created)).toMatchObject({
      email: "failed",
    });
    await up.retryPendingEmails();
    expect(await inbox(owner.email)).toHaveLength(0);

    // The saga retries its step with the same event: now it goes out, once.
    expect(await up.notify(owner.id, events.billing_account_created)).toMatchObject({
      created: false,
      email: "sent",
    });
    await up.notify(owner.id, events.billing_account_created);
    const mails = await inbox(owner.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(PASSWORD);
    expect(logs.join("\n")).not.toContain(PASSWORD);
    expect(logs.some((line) => line.includes("ECONNREFUSED"))).toBe(true);
    down.close();
    up.close();
  });
});

describe("dashboard notifications data layer", () => {
  it("lists newest first in pages, counts unread, and ignores another account's ids", async () => {
    const { notify } = await import("@/lib/notifications");
    const data = await import("@/lib/data/notifications");
    const owner = await account("en");
    const other = await account("en");
    for (let i = 1; i <= 23; i += 1) {
      await notify(owner.id, { ...events.refill_done, paymentId: `pay_list_${i}` });
    }
    const theirs = await notify(other.id, events.refill_done);
    const session = { ...owner, platformUid: null, whmcsClientId: null, whmcsUserId: null };
    const otherSession = { ...other, platformUid: null, whmcsClientId: null, whmcsUserId: null };

    const first = await data.listNotifications(session, 1);
    expect(first).toMatchObject({ page: 1, pages: 2, total: 23 });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]?.params).toMatchObject({ paymentId: "pay_list_23" });
    const last = await data.listNotifications(session, 99);
    expect(last.page).toBe(2);
    expect(last.items.at(-1)?.params).toMatchObject({ paymentId: "pay_list_1" });

    expect(await data.countUnreadNotifications(session)).toBe(23);
    expect(await data.markNotificationRead(session, theirs.notificationId)).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await data.countUnreadNotifications(otherSession)).toBe(1);
    expect(await data.markNotificationRead(session, first.items[0]!.id)).toEqual({ ok: true });
    expect(await data.countUnreadNotifications(session)).toBe(22);
    expect(await data.markAllNotificationsRead(session)).toBe(22);
    expect(await data.countUnreadNotifications(session)).toBe(0);
    expect(await data.countUnreadNotifications(otherSession)).toBe(1);
  });
});
