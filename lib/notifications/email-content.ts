import { formatMoney } from "@/lib/billing/money";
import type { Translate } from "@/lib/i18n/translate";
import type { EmailContent, EmailFact } from "@/lib/mail";
import type { NotificationEvent } from "./events";
import { groupLabel } from "./present";

export type EmailContext = {
  t: Translate;
  locale: string;
  hosterName: string;
  supportEmail: string;
  supportUrl: string | null;
  portalUrl: string;
  recipientName: string | null;
  /** When the event happened (the notification's creation time). */
  occurredAt: Date;
};

/** Emails are read anywhere, so times are printed in UTC and say so. */
export function formatEmailDate(value: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(value);
}

/** The translated, formatted content of one notification email; lib/mail lays it out. */
export function buildNotificationEmail(event: NotificationEvent, ctx: EmailContext): EmailContent {
  const { t, locale } = ctx;
  const hoster = ctx.hosterName;
  const common = {
    lang: locale,
    greeting: ctx.recipientName
      ? t("notificationEmails.greeting", { name: ctx.recipientName })
      : t("notificationEmails.greetingNoName"),
    signature: t("notificationEmails.signature", { hoster }),
    footer: [
      t("notificationEmails.supportEmail", { email: ctx.supportEmail }),
      ...(ctx.supportUrl ? [t("notificationEmails.supportUrl", { url: ctx.supportUrl })] : []),
      t("notificationEmails.why", { hoster }),
    ],
  };
  const date: EmailFact = {
    label: t("notificationEmails.date"),
    value: formatEmailDate(ctx.occurredAt, locale),
  };
  const portal = { label: t("notificationEmails.openPortal", { hoster }), url: ctx.portalUrl };

  if (event.kind === "billing_account_created") {
    const subject = t("notificationEmails.billing_account_created.subject", { hoster });
    return {
      ...common,
      subject,
      preheader: subject,
      paragraphs: [t("notificationEmails.billing_account_created.intro")],
      facts: [
        {
          label: t("notificationEmails.billing_account_created.panel"),
          value: event.billingPanelUrl,
        },
        { label: t("notificationEmails.billing_account_created.login"), value: event.email },
        {
          label: t("notificationEmails.billing_account_created.password"),
          value: event.password,
          monospace: true,
        },
      ],
      after: [t("notificationEmails.billing_account_created.advice")],
      action: {
        label: t("notificationEmails.billing_account_created.openPanel"),
        url: event.billingPanelUrl,
      },
    };
  }

  const amount = formatMoney(event, locale);
  const amountFact: EmailFact = { label: t("notificationEmails.amount"), value: amount };
  const reference: EmailFact = {
    label: t("notificationEmails.paymentReference"),
    value: event.paymentId,
    monospace: true,
  };

  if (event.kind === "payment_failed") {
    const subject = t("notificationEmails.payment_failed.subject", { amount });
    return {
      ...common,
      subject,
      preheader: t(`notifications.reasons.${event.reason}`),
      paragraphs: [t("notificationEmails.payment_failed.intro", { amount })],
      facts: [
        amountFact,
        {
          label: t("notificationEmails.reason"),
          value: t(`notifications.reasons.${event.reason}`),
        },
        date,
        reference,
      ],
      after: [t("notificationEmails.payment_failed.next")],
      action: portal,
    };
  }

  const balance: EmailFact[] =
    event.balanceMinor === undefined
      ? []
      : [
          {
            label: t("notificationEmails.newBalance"),
            value: formatMoney(
              { amountMinor: event.balanceMinor, currency: event.currency },
              locale,
            ),
          },
        ];

  if (event.kind === "upgrade_done") {
    const group = groupLabel(event.newGroup, t);
    const subject = t("notificationEmails.upgrade_done.subject", { hoster });
    return {
      ...common,
      subject,
      preheader: subject,
      paragraphs: [t("notificationEmails.upgrade_done.intro", { group, amount })],
      facts: [
        { label: t("notificationEmails.accountGroup"), value: group },
        amountFact,
        ...balance,
        date,
        reference,
      ],
      action: portal,
    };
  }

  const subject = t("notificationEmails.refill_done.subject", { hoster, amount });
  return {
    ...common,
    subject,
    preheader: subject,
    paragraphs: [t("notificationEmails.refill_done.intro", { amount })],
    facts: [amountFact, ...balance, date, reference],
    action: portal,
  };
}
