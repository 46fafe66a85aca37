import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { PaymentFlow } from "@/components/payments/payment-flow";
import { PreviousAttempt, previousOf } from "@/components/payments/previous-attempt";
import { Unavailable } from "@/components/ui/card";
import { accountPlan } from "@/lib/data/account-plan";
import { loadPaymentSetup } from "@/lib/data/payment-setup";
import { getPayment } from "@/lib/data/payments";
import { requireAccount } from "@/lib/data/session";
import { messagesFor } from "@/lib/i18n/locales";
import { getLocale, getTranslator } from "@/lib/i18n/server";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const query = z.object({
  payment: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/)
    .optional(),
});

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("payments.refill.title") };
}

/** "Refill balance" (Balance → Refill balance): billing accounts only; a trial is sent to upgrade. */
export default async function RefillPage({ searchParams }: Props) {
  const [account, locale, raw] = await Promise.all([requireAccount(), getLocale(), searchParams]);
  const m = messagesFor(locale).payments;
  const plan = await accountPlan(account);
  const heading = <h1 className="text-2xl font-semibold">{m.refill.title}</h1>;

  if (plan === "trial") {
    return (
      <div className="space-y-4">
        {heading}
        <p>{m.refill.trial}</p>
        <Link
          href="/billing/upgrade"
          className="bg-brand inline-block rounded px-5 py-2 font-medium text-white"
        >
          {m.refill.upgradeLink}
        </Link>
      </div>
    );
  }
  if (plan === "no_platform" || account.whmcsClientId == null) {
    return (
      <div className="space-y-4">
        {heading}
        <Unavailable message={m.refill.noBilling} />
      </div>
    );
  }

  const paymentId = query.safeParse(raw).data?.payment;
  const previous = previousOf(paymentId ? await getPayment(account, paymentId) : null, "refill");
  const ended = previous?.status === "failed" || previous?.status === "cancelled";
  const setup = await loadPaymentSetup(account, {
    purpose: "refill",
    previous:
      ended && previous ? { amountMinor: previous.amountMinor, method: previous.method } : null,
  });
  return (
    <div className="max-w-2xl space-y-6">
      <div className="space-y-2">
        {heading}
        <p className="text-slate-700">{m.refill.intro}</p>
      </div>
      {previous && <PreviousAttempt view={previous} m={m} />}
      <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <PaymentFlow key={previous?.id ?? "new"} setup={setup} m={m} locale={locale} />
      </section>
    </div>
  );
}
