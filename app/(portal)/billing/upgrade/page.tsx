import type { Metadata } from "next";
import { PaymentFlow } from "@/components/payments/payment-flow";
import { PreviousAttempt } from "@/components/payments/previous-attempt";
import { Card, Unavailable } from "@/components/ui/card";
import { countryOptions } from "@/lib/billing/upgrade/countries";
import { getBranding } from "@/lib/config/branding";
import { requireAccount, type SessionAccount } from "@/lib/data/session";
import { loadPaymentSetup } from "@/lib/data/payment-setup";
import { getUpgradeStatus, type BillingSetupView } from "@/lib/data/upgrade";
import { messagesFor, type Locale } from "@/lib/i18n/locales";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { BillingDetailsForm, type BillingDetailsText } from "./_components/billing-details-form";
import { FocusOnMount } from "./_components/focus-on-mount";
import { NotUpgradable } from "./_components/not-upgradable";
import { resumedPayment } from "./_components/resumed-payment";
import { WizardSteps, type WizardStep } from "./_components/wizard-steps";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("upgrade.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * "Upgrade trial account": 1 billing details → 2 billing account (linked or created) → 3–4 the
 * payment (amount, method, confirmation; the shared PaymentFlow). Only trial platform accounts
 * have something to do here; others get a plain page saying why, not a 404, because the link
 * may come from an old bookmark or a notification after the upgrade already happened.
 */
export default async function UpgradePage({ searchParams }: Props) {
  const [account, t, locale] = await Promise.all([requireAccount(), getTranslator(), getLocale()]);
  const status = await getUpgradeStatus(account);
  const links = [
    { href: "/billing/refill", label: t("upgrade.refill") },
    { href: "/", label: t("upgrade.backHome") },
  ];
  let body;
  if (status.kind === "not_trial") {
    body = (
      <NotUpgradable
        heading={t("upgrade.notTrial.heading")}
        body={t("upgrade.notTrial.body")}
        links={links}
      />
    );
  } else if (status.kind === "no_platform") {
    body = (
      <NotUpgradable
        heading={t("upgrade.noPlatform.heading")}
        body={t("upgrade.noPlatform.body")}
        links={links}
      />
    );
  } else if (status.kind === "unavailable") {
    body = <Unavailable message={t("upgrade.platformUnavailable")} />;
  } else if (status.setup === null) {
    body = <DetailsStep account={account} t={t} locale={locale} />;
  } else {
    const resume = await resumedPayment(account, (await searchParams).payment);
    body = (
      <PaymentStage account={account} setup={status.setup} resume={resume} t={t} locale={locale} />
    );
  }
  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("upgrade.title")}</h1>
        {status.kind === "trial" && <p className="text-sm text-slate-700">{t("upgrade.intro")}</p>}
      </div>
      {body}
    </div>
  );
}

function steps(t: Translate, current: number): WizardStep[] {
  const labels = [
    t("upgrade.steps.details"),
    t("upgrade.steps.account"),
    t("upgrade.steps.payment"),
    t("upgrade.steps.confirm"),
  ];
  return labels.map((label, index) => ({
    label,
    state: index < current ? "done" : index === current ? "current" : "next",
  }));
}

function Progress({ t, current }: { t: Translate; current: number }) {
  return (
    <WizardSteps
      label={t("upgrade.progress")}
      steps={steps(t, current)}
      doneText={t("upgrade.stepDone")}
      currentText={t("upgrade.stepCurrent")}
    />
  );
}

function DetailsStep({
  account,
  t,
  locale,
}: {
  account: SessionAccount;
  t: Translate;
  locale: string;
}) {
  const name = account.displayName?.trim() ?? "";
  const split = name.lastIndexOf(" ");
  const initial =
    split > 0
      ? { firstName: name.slice(0, split), lastName: name.slice(split + 1) }
      : { firstName: name, lastName: "" };
  const text: BillingDetailsText = {
    fields: {
      firstName: t("upgrade.fields.firstName"),
      lastName: t("upgrade.fields.lastName"),
      companyName: t("upgrade.fields.companyName"),
      email: t("upgrade.fields.email"),
      address1: t("upgrade.fields.address1"),
      city: t("upgrade.fields.city"),
      state: t("upgrade.fields.state"),
      postcode: t("upgrade.fields.postcode"),
      country: t("upgrade.fields.country"),
      phoneNumber: t("upgrade.fields.phoneNumber"),
      taxId: t("upgrade.fields.taxId"),
    },
    hints: {
      email: t("upgrade.hints.email"),
      country: t("upgrade.hints.country"),
      phoneNumber: t("upgrade.hints.phoneNumber"),
      taxId: t("upgrade.hints.taxId"),
    },
    optional: t("upgrade.optional"),
    requiredNote: t("upgrade.requiredNote"),
    countryPlaceholder: t("upgrade.countryPlaceholder"),
    termsBefore: t("upgrade.termsBefore"),
    termsLink: t("upgrade.termsLink"),
    opensInNewTab: t("common.opensInNewTab"),
    submit: t("upgrade.submit"),
    submitting: t("upgrade.submitting"),
    errorSummary: t("upgrade.errorSummary"),
    errorSummaryIntro: t("upgrade.errorSummaryIntro"),
  };
  return (
    <>
      <Progress t={t} current={0} />
      <Card id="upgrade-details" title={t("upgrade.steps.details")}>
        <p className="mb-4 text-sm text-slate-700">
          {t("upgrade.detailsIntro", { email: account.email })}
        </p>
        <BillingDetailsForm
          text={text}
          email={account.email}
          initial={initial}
          countries={countryOptions(locale)}
          termsUrl={getBranding().termsUrl}
        />
      </Card>
    </>
  );
}

function outcomeText(t: Translate, setup: BillingSetupView, email: string): string {
  if (setup.outcome === "linked") return t("upgrade.outcome.linked");
  if (setup.outcome === "created_for_login") return t("upgrade.outcome.createdForLogin", { email });
  return setup.credentialsEmailed
    ? t("upgrade.outcome.created")
    : t("upgrade.outcome.createdNoEmail", { email });
}

async function PaymentStage({
  account,
  setup,
  resume,
  t,
  locale,
}: {
  account: SessionAccount;
  setup: BillingSetupView;
  resume: Awaited<ReturnType<typeof resumedPayment>>;
  t: Translate;
  locale: Locale;
}) {
  const outcome = outcomeText(t, setup, account.email);
  const box = "rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900";
  const ended = resume !== null && (resume.status === "failed" || resume.status === "cancelled");
  const m = messagesFor(locale).payments;
  const flowSetup = await loadPaymentSetup(account, {
    purpose: "upgrade",
    previous: ended ? { amountMinor: resume.amountMinor, method: resume.method } : null,
  });
  return (
    <>
      <Progress t={t} current={2} />
      <Card id="upgrade-account" title={t("upgrade.steps.account")}>
        {resume ? (
          <p role="status" className={box}>
            {outcome}
          </p>
        ) : (
          <FocusOnMount id="upgrade-outcome" className={box}>
            {outcome}
          </FocusOnMount>
        )}
      </Card>
      <Card id="upgrade-payment" title={t("upgrade.steps.payment")}>
        <p className="mb-3 text-sm text-slate-700">{t("upgrade.paymentIntro")}</p>
        {resume && (
          <div className="mb-4">
            <PreviousAttempt view={resume} m={m} />
          </div>
        )}
        <PaymentFlow key={resume?.id ?? "new"} setup={flowSetup} m={m} locale={locale} />
      </Card>
    </>
  );
}
