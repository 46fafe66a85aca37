import "server-only";
import { formatMoney } from "@/lib/billing/money";
import { getEnv } from "@/lib/config/env";
import { getPayment, offeredMethods } from "@/lib/data/payments";
import type { SessionAccount } from "@/lib/data/session";
import type { Translate } from "@/lib/i18n/translate";
import type { UpgradePaymentStepProps } from "./upgrade-payment-step";

// Payment ids are UUIDs; anything else cannot be one and is not looked up.
const PAYMENT_ID = /^[A-Za-z0-9-]{8,64}$/;

/** The attempt named by `?payment=` when it is this account's upgrade attempt; anything else is ignored. */
export async function resumedPayment(account: SessionAccount, raw: unknown) {
  if (typeof raw !== "string" || !PAYMENT_ID.test(raw)) return null;
  const payment = await getPayment(account, raw);
  return payment?.purpose === "upgrade" ? payment : null;
}

/** Everything the payment step (PaymentFlow after the merge) needs, computed on the server. */
export function paymentStepProps(
  t: Translate,
  locale: string,
  resume: Awaited<ReturnType<typeof resumedPayment>>,
): UpgradePaymentStepProps {
  const env = getEnv();
  const money = (amountMinor: number) =>
    formatMoney({ amountMinor, currency: env.CURRENCY }, locale);
  const methods = offeredMethods();
  const contactMethods = env.PAYMENT_CONTACT_METHODS.split(",")
    .map((m) => m.trim())
    .filter(Boolean);
  const list = new Intl.ListFormat(locale, { type: "disjunction" });
  const methodName = (m: string) =>
    m === "card" || m === "paypal" || m === "credit" ? t(`upgrade.methods.${m}`) : m;
  return {
    purpose: "upgrade",
    currency: env.CURRENCY,
    limits: {
      minMinor: env.REFILL_MIN_MINOR,
      maxMinor: env.REFILL_MAX_MINOR,
      stepMinor: env.REFILL_STEP_MINOR,
    },
    methods,
    contactMethods,
    resume: resume && {
      paymentId: resume.id,
      amountMinor: resume.amountMinor,
      method: resume.method,
      status: resume.status,
      failureReason: resume.failureReason,
    },
    text: {
      range: t("upgrade.paymentRange", {
        min: money(env.REFILL_MIN_MINOR),
        max: money(env.REFILL_MAX_MINOR),
      }),
      methods: t("upgrade.paymentMethods", { methods: list.format(methods.map(methodName)) }),
      contact: contactMethods.length
        ? t("upgrade.paymentContact", { methods: list.format(contactMethods) })
        : null,
    },
  };
}
