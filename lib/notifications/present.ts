import { formatMoney } from "@/lib/billing/money";
import type { Translate } from "@/lib/i18n/translate";
import { storedParamsSchemas } from "./events";

/** A dashboard notification in the reader's language. */
export type NotificationView = { title: string; body: string };

/** Platform group names we have words for; any other group is shown as the platform names it. */
export function groupLabel(group: string, t: Translate): string {
  if (group === "trial" || group === "billing") return t(`notifications.groups.${group}`);
  return group;
}

/**
 * Renders a stored row (kind + params) through the i18n layer. Params are parsed again: a row with
 * an unknown kind or params an older version wrote becomes a generic notification.
 */
export function presentNotification(
  kind: string,
  params: unknown,
  t: Translate,
  locale: string,
): NotificationView {
  const generic = {
    title: t("notifications.items.generic.title"),
    body: t("notifications.items.generic.body"),
  };
  const money = (amountMinor: number, currency: string) =>
    formatMoney({ amountMinor, currency }, locale);
  const balanceText = (data: { balanceMinor?: number; currency: string }) =>
    data.balanceMinor === undefined
      ? ""
      : ` ${t("notifications.newBalance", { balance: money(data.balanceMinor, data.currency) })}`;
  switch (kind) {
    case "upgrade_done": {
      const parsed = storedParamsSchemas.upgrade_done.safeParse(params);
      if (!parsed.success) return generic;
      const { data } = parsed;
      const body = t("notifications.items.upgrade_done.body", {
        amount: money(data.amountMinor, data.currency),
        group: groupLabel(data.newGroup, t),
      });
      return { title: t("notifications.items.upgrade_done.title"), body: body + balanceText(data) };
    }
    case "refill_done": {
      const parsed = storedParamsSchemas.refill_done.safeParse(params);
      if (!parsed.success) return generic;
      const { data } = parsed;
      const body = t("notifications.items.refill_done.body", {
        amount: money(data.amountMinor, data.currency),
      });
      return { title: t("notifications.items.refill_done.title"), body: body + balanceText(data) };
    }
    case "payment_failed": {
      const parsed = storedParamsSchemas.payment_failed.safeParse(params);
      if (!parsed.success) return generic;
      const { data } = parsed;
      return {
        title: t("notifications.items.payment_failed.title"),
        body: t("notifications.items.payment_failed.body", {
          amount: money(data.amountMinor, data.currency),
          reason: t(`notifications.reasons.${data.reason}`),
        }),
      };
    }
    case "billing_account_created": {
      const parsed = storedParamsSchemas.billing_account_created.safeParse(params);
      if (!parsed.success) return generic;
      return {
        title: t("notifications.items.billing_account_created.title"),
        body: t("notifications.items.billing_account_created.body", { email: parsed.data.email }),
      };
    }
  }
  return generic;
}
