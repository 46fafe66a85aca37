// Notifications: the dashboard message and the customer email for what the settlement saga did.
// Framework-free (no next/*), so the saga's worker, scripts and tests call the same `notify`.
import { getBranding } from "@/lib/config/branding";
import { getEnv } from "@/lib/config/env";
import { createPrismaClient } from "@/lib/db";
import { createLogger } from "@/lib/http";
import { createSmtpSender, parseSender } from "@/lib/mail";
import { createNotifier, type Notifier } from "./notifier";

export {
  notificationEventSchema,
  notificationKinds,
  paymentFailureReasons,
  type NotificationEvent,
  type NotificationKind,
  type PaymentFailureReason,
} from "./events";
export {
  createNotifier,
  NotificationAccountNotFoundError,
  type EmailOutcome,
  type NotifierDeps,
  type NotifyResult,
} from "./notifier";
export { presentNotification, type NotificationView } from "./present";

const holder = globalThis as typeof globalThis & { __portalNotifier?: Notifier };

/** A logo path under public/ becomes an absolute URL on the portal: emails have no base URL. */
export function absoluteLogoUrl(logo: string | null, portalUrl: string): string | null {
  if (!logo) return null;
  try {
    return new URL(logo, portalUrl).toString();
  } catch {
    return null;
  }
}

/** The notifier built from configuration, once per process. */
export function defaultNotifier(): Notifier {
  if (holder.__portalNotifier) return holder.__portalNotifier;
  const env = getEnv();
  const branding = getBranding();
  holder.__portalNotifier = createNotifier({
    db: createPrismaClient({
      databaseUrl: env.DATABASE_URL,
      pgliteDir: env.PGLITE_DIR,
      poolMax: env.DB_POOL_MAX,
    }),
    mailer: env.SMTP_URL ? createSmtpSender(env.SMTP_URL) : null,
    from: parseSender(env.MAIL_FROM, branding.hosterName, branding.supportEmail),
    replyTo: branding.supportEmail,
    branding: {
      hosterName: branding.hosterName,
      logoUrl: absoluteLogoUrl(branding.logoUrl, env.PORTAL_URL),
      primaryColor: branding.primaryColor,
      supportEmail: branding.supportEmail,
      supportUrl: branding.supportUrl,
    },
    portalUrl: env.PORTAL_URL,
    defaultLocale: env.DEFAULT_LOCALE,
    logger: createLogger({ level: env.LOG_LEVEL, base: { component: "notifications" } }),
  });
  return holder.__portalNotifier;
}

/** Forgets the configured notifier (tests that change the configuration between cases). */
export function resetDefaultNotifier(): void {
  holder.__portalNotifier?.close();
  delete holder.__portalNotifier;
}

/** See docs/NOTIFICATIONS.md. */
export function notify(accountId: string, event: unknown) {
  return defaultNotifier().notify(accountId, event);
}

export function retryPendingEmails(options?: { limit?: number }) {
  return defaultNotifier().retryPendingEmails(options);
}
