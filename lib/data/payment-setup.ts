import "server-only";
import type { PayPalSdkOptions } from "@/components/payments/paypal-checkout-types";
import { getBranding } from "@/lib/config/branding";
import { getEnv } from "@/lib/config/env";
import { paypalSettings } from "@/lib/config/paypal";
import { UpstreamError } from "@/lib/http";
import { initialAmount } from "@/lib/payments/ui/amount-input";
import { parseContactMethods } from "@/lib/payments/ui/contact-methods";
import type { FlowPurpose, PaymentFlowSetup } from "@/lib/payments/ui/flow-types";
import type { SavedMethodView } from "@/lib/billing/saved-method-view";
import {
  choiceForMethod,
  initialChoice,
  methodChoices,
  type SavedMethodInput,
} from "@/lib/payments/ui/method-choices";
import { listSavedMethods } from "./payment-methods";
import { offeredMethods } from "./payments";
import type { SessionAccount } from "./session";
import { upstreams } from "./upstreams";

/**
 * Everything the PaymentFlow component needs, read on the server: limits and currency from
 * configuration, the methods this account may use (registered providers, saved methods, credit
 * that covers the amount, the hoster's "contact us" methods). No provider token reaches the browser.
 */
export async function loadPaymentSetup(
  account: SessionAccount,
  options: {
    purpose: FlowPurpose;
    /** Invoice: the balance due (already read from WHMCS) and the invoice. */
    invoice?: { id: number; number: string; balanceMinor: number };
    /** A failed or cancelled attempt to start again from: its amount and method are kept. */
    previous?: { amountMinor: number; method: string } | null;
  },
): Promise<PaymentFlowSetup> {
  const env = getEnv();
  const branding = getBranding();
  const range = {
    minMinor: env.REFILL_MIN_MINOR,
    maxMinor: env.REFILL_MAX_MINOR,
    stepMinor: env.REFILL_STEP_MINOR,
  };
  const [saved, creditMinor] = await Promise.all([listSavedMethods(account), readCredit(account)]);
  const choices = methodChoices({
    offered: offeredMethods(),
    saved: saved.flatMap(toMethodInput),
    creditMinor,
    creditCoversMinor: options.invoice?.balanceMinor ?? range.minMinor,
    contactMethods: parseContactMethods(env.PAYMENT_CONTACT_METHODS),
  });
  const paypal = paypalSettings(env);
  const sdk: PayPalSdkOptions | null = paypal
    ? { clientId: paypal.clientId, sdkBaseUrl: paypal.sdkUrl, currency: env.CURRENCY }
    : null;
  return {
    purpose: options.purpose,
    currency: env.CURRENCY,
    amount: options.invoice
      ? {
          kind: "fixed",
          amountMinor: options.invoice.balanceMinor,
          invoiceId: options.invoice.id,
          invoiceNumber: options.invoice.number,
        }
      : {
          kind: "choose",
          range,
          initialMinor: initialAmount(options.previous?.amountMinor, range),
        },
    choices,
    initialChoice: initialChoice(choices, choiceForMethod(options.previous?.method)),
    supportEmail: branding.supportEmail,
    hosterName: branding.hosterName,
    paypal: sdk,
  };
}

/** WHMCS credit in the portal's currency, or null when unknown (credit is then not offered). */
async function readCredit(account: SessionAccount): Promise<number | null> {
  if (account.whmcsClientId == null) return null;
  try {
    const client = await upstreams().whmcs.getClientsDetails({ clientId: account.whmcsClientId });
    if (!client || client.credit.currency !== getEnv().CURRENCY) return null;
    return client.credit.amountMinor;
  } catch (error) {
    if (error instanceof UpstreamError) return null;
    throw error;
  }
}

/** An expired card is not offered for payment (the "Payment methods" page still lists it). */
function toMethodInput(method: SavedMethodView): SavedMethodInput[] {
  if (method.expired) return [];
  const base = { id: method.id, isDefault: method.isDefault };
  if (method.kind === "paypal" && "email" in method.display) {
    return [{ ...base, kind: "paypal", email: method.display.email }];
  }
  if (method.kind === "card" && "last4" in method.display) {
    return [{ ...base, kind: "card", ...method.display }];
  }
  return [];
}
