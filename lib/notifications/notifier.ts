import type { Logger } from "@/lib/http";
import { isPrismaError, type Notification, type PrismaClient } from "@/lib/db";
import { isLocale, messagesFor, type Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import {
  buildMail,
  domainOf,
  MailSendError,
  messageIdFor,
  renderEmail,
  type MailAddress,
  type MailBranding,
  type MailSender,
} from "@/lib/mail";
import { buildNotificationEmail } from "./email-content";
import {
  dedupeKeyOf,
  eventFromStored,
  kindsWithSecrets,
  notificationEventSchema,
  notificationKinds,
  storedParamsOf,
  type NotificationEvent,
} from "./events";

export type NotifierDeps = {
  db: PrismaClient;
  /** null when no SMTP server is configured: notifications are stored, emails stay pending. */
  mailer: MailSender | null;
  from: MailAddress;
  replyTo?: string;
  branding: MailBranding & { supportEmail: string; supportUrl: string | null };
  portalUrl: string;
  defaultLocale: Locale;
  logger: Logger;
  now?: () => Date;
  /** A claimed send older than this is taken over: its sender crashed between claim and result. */
  claimLeaseMs?: number;
};

/**
 * sent: delivered now · already_sent: an earlier call delivered it · in_progress: another process
 * is sending it right now · failed: not delivered, kept pending for a retry (see `emailError`).
 */
export type EmailOutcome = "sent" | "already_sent" | "in_progress" | "failed";
export type NotifyResult = { notificationId: string; created: boolean; email: EmailOutcome };

export class NotificationAccountNotFoundError extends Error {
  constructor(readonly accountId: string) {
    super(`notify: no account ${accountId}`);
    this.name = "NotificationAccountNotFoundError";
  }
}

const DEFAULT_LEASE_MS = 5 * 60_000;

export function createNotifier(deps: NotifierDeps) {
  const now = deps.now ?? (() => new Date());
  const leaseMs = deps.claimLeaseMs ?? DEFAULT_LEASE_MS;

  /**
   * Records the dashboard notification once per (account, kind, dedupe key) and sends its email
   * once. Safe to call again with the same event: that finds the row, and sends the email only if
   * it is still pending (which is how a credentials email, whose password is never stored, is
   * retried). Throws only for a bad event (ZodError) or an unknown account.
   */
  async function notify(accountId: string, input: unknown): Promise<NotifyResult> {
    const event = notificationEventSchema.parse(input);
    const account = await deps.db.account.findUnique({
      where: { id: accountId },
      select: { id: true, email: true, displayName: true, locale: true },
    });
    if (!account) throw new NotificationAccountNotFoundError(accountId);
    const { row, created } = await findOrCreate(accountId, event);
    const email = await deliver(row, event, account);
    return { notificationId: row.id, created, email };
  }

  async function findOrCreate(accountId: string, event: NotificationEvent) {
    const key = { accountId, kind: event.kind, dedupeKey: dedupeKeyOf(event) };
    const existing = await deps.db.notification.findUnique({
      where: { accountId_kind_dedupeKey: key },
    });
    if (existing) return { row: existing, created: false };
    try {
      const row = await deps.db.notification.create({
        data: { ...key, params: storedParamsOf(event), emailStatus: "pending" },
      });
      return { row, created: true };
    } catch (error) {
      // A concurrent call with the same key won the insert: use its row.
      if (!isPrismaError(error, "P2002")) throw error;
      const row = await deps.db.notification.findUniqueOrThrow({
        where: { accountId_kind_dedupeKey: key },
      });
      return { row, created: false };
    }
  }

  type Recipient = { email: string; displayName: string | null; locale: string | null };

  async function deliver(
    row: Notification,
    event: NotificationEvent,
    to: Recipient,
  ): Promise<EmailOutcome> {
    if (row.emailStatus === "sent") return "already_sent";
    if (!deps.mailer) {
      await markFailed(row.id, "NOT_CONFIGURED", false);
      deps.logger.warn("notification email not sent: SMTP_URL is not configured", {
        notificationId: row.id,
        kind: row.kind,
      });
      return "failed";
    }
    // The claim is one conditional UPDATE, so of two concurrent callers only one sends.
    const claimedAt = now();
    const claim = await deps.db.notification.updateMany({
      where: {
        id: row.id,
        OR: [
          { emailStatus: "pending" },
          {
            emailStatus: "sending",
            emailClaimedAt: { lt: new Date(claimedAt.getTime() - leaseMs) },
          },
        ],
      },
      data: { emailStatus: "sending", emailClaimedAt: claimedAt, emailAttempts: { increment: 1 } },
    });
    if (claim.count === 0) {
      const current = await deps.db.notification.findUnique({ where: { id: row.id } });
      return current?.emailStatus === "sent" ? "already_sent" : "in_progress";
    }
    try {
      await deps.mailer.send(composeMail(row, event, to));
    } catch (error) {
      const code = error instanceof MailSendError ? error.code : "RENDER_FAILED";
      await markFailed(row.id, code, true);
      deps.logger.warn("notification email not sent; kept pending for a retry", {
        notificationId: row.id,
        kind: row.kind,
        code,
      });
      return "failed";
    }
    await deps.db.notification.update({
      where: { id: row.id },
      data: { emailStatus: "sent", emailSentAt: now(), emailError: null },
    });
    deps.logger.info("notification email sent", { notificationId: row.id, kind: row.kind });
    return "sent";
  }

  async function markFailed(id: string, code: string, claimed: boolean) {
    await deps.db.notification.update({
      where: { id },
      data: {
        emailError: code,
        ...(claimed ? { emailStatus: "pending", emailClaimedAt: null } : {}),
      },
    });
  }

  function composeMail(row: Notification, event: NotificationEvent, to: Recipient) {
    const locale = isLocale(to.locale) ? to.locale : deps.defaultLocale;
    const content = buildNotificationEmail(event, {
      t: createTranslator(locale, messagesFor(locale)),
      locale,
      hosterName: deps.branding.hosterName,
      supportEmail: deps.branding.supportEmail,
      supportUrl: deps.branding.supportUrl,
      portalUrl: deps.portalUrl,
      recipientName: to.displayName,
      occurredAt: row.createdAt,
    });
    return buildMail({
      from: deps.from,
      to: to.email,
      replyTo: deps.replyTo,
      rendered: renderEmail(content, deps.branding),
      lang: locale,
      messageId: messageIdFor(`notification.${row.id}`, domainOf(deps.from.address)),
    });
  }

  /**
   * Sends the emails still pending (SMTP was down, or a sender crashed mid-send), oldest first.
   * Credentials emails are left to their caller: their password was never stored.
   */
  async function retryPendingEmails(options: { limit?: number } = {}) {
    const staleBefore = new Date(now().getTime() - leaseMs);
    const rows = await deps.db.notification.findMany({
      where: {
        kind: { in: notificationKinds.filter((kind) => !kindsWithSecrets.includes(kind)) },
        OR: [
          { emailStatus: "pending" },
          { emailStatus: "sending", emailClaimedAt: { lt: staleBefore } },
        ],
      },
      orderBy: { createdAt: "asc" },
      take: options.limit ?? 50,
      include: { account: { select: { email: true, displayName: true, locale: true } } },
    });
    const tally = { sent: 0, failed: 0, skipped: 0 };
    for (const { account, ...row } of rows) {
      const event = eventFromStored(row.kind, row.params);
      if (!event) {
        tally.skipped += 1;
        continue;
      }
      const outcome = await deliver(row, event, account);
      if (outcome === "sent") tally.sent += 1;
      else if (outcome === "failed") tally.failed += 1;
      else tally.skipped += 1;
    }
    return tally;
  }

  return { notify, retryPendingEmails, close: () => deps.mailer?.close() };
}

export type Notifier = ReturnType<typeof createNotifier>;
