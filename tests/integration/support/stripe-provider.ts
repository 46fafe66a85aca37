import type { NewPayment } from "@/lib/payments/create";
import type { SettlementDeps } from "@/lib/payments/deps";
import { ProviderRegistry, type PaymentProvider } from "@/lib/payments/provider";
import { providerCustomers } from "@/lib/payments/provider-customers";
import { createStripeProvider, STRIPE_PROVIDER_ID } from "@/lib/payments/providers/stripe";
import { createWhmcsCreditProvider } from "@/lib/payments/providers/whmcs-credit";
import { loadAttempt } from "@/lib/payments/steps";
import { createStripeGateway, type StripeGateway } from "@/lib/stripe";
import { BILLING, upstreamClients, type Harness } from "./settlement-harness";
import { newRefill } from "./settlement-probes";
import { SECRET_KEY, THREE_DS_PASSWORD, WEBHOOK_SECRET, type PageResult } from "./stripe";

/**
 * The saga with the real Stripe provider, the official SDK (through lib/stripe) and the sandbox's
 * Stripe over HTTP: what the portal runs, minus the web pages. The customer's side (hosted
 * checkout, the bank's 3-D Secure page) is posted the way a browser would post it.
 */
export type StripeSaga = {
  stripe: StripeGateway;
  provider: PaymentProvider;
  deps(overrides?: Partial<SettlementDeps>): SettlementDeps;
  /** A refill of the billing demo account (10.00 net, 11.90 gross) paid by card. */
  newCardPayment(overrides?: Partial<NewPayment>): ReturnType<typeof newRefill>;
  /** The provider's view of an attempt, as the saga would hand it over. */
  attemptOf(paymentId: string): ReturnType<typeof loadAttempt>;
  /** A card saved on the account's Stripe customer and in the portal (as after an opted-in checkout). */
  saveCard(
    number: string,
    options?: { offSessionReady?: boolean },
  ): Promise<{ paymentMethodId: string; customerId: string }>;
  /** Distinct PaymentIntents Stripe made for this attempt (from its recorded events). */
  paymentIntentsOf(paymentId: string): Promise<string[]>;
  /** Answers the bank's "Purchase Authentication" page at `url`. */
  authenticate(url: string, answer: "pass" | "cancel"): Promise<PageResult>;
  /** Forgets Stripe and payment state (sandbox reset, saved cards and Stripe customers in the db). */
  reset(): Promise<void>;
};

export function stripeSaga(h: Harness): StripeSaga {
  const stripe = createStripeGateway({
    secretKey: SECRET_KEY,
    webhookSecret: WEBHOOK_SECRET,
    apiUrl: h.sandboxUrl,
    timeoutMs: 5_000,
    maxNetworkRetries: 0,
  });
  const customers = providerCustomers(h.db);
  const provider = createStripeProvider(stripe, customers, { merchantName: "Demo Cloud" });
  const { whmcs } = upstreamClients(h.sandboxUrl);
  const registry = new ProviderRegistry([createWhmcsCreditProvider(whmcs, "mailin"), provider]);
  const saga: StripeSaga = {
    stripe,
    provider,
    deps: (overrides = {}) => h.deps({ providers: registry, ...overrides }),
    newCardPayment: (overrides = {}) =>
      newRefill(h, { provider: STRIPE_PROVIDER_ID, method: "card", ...overrides }),
    async attemptOf(paymentId) {
      const payment = await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
      return loadAttempt(payment, saga.deps());
    },
    async saveCard(number, options = {}) {
      const accountId = h.accountId("billing");
      const customerId = await customers.ensure(accountId, STRIPE_PROVIDER_ID, async () => {
        const created = await stripe.createCustomer(
          { email: BILLING.email, metadata: { accountId } },
          `customer:${accountId}`,
        );
        return created.customerId;
      });
      const card = (await h.control("stripe/cards", {
        customer: customerId,
        number,
        offSessionReady: options.offSessionReady ?? true,
      })) as { id: string; card: { brand: string; last4: string } };
      const row = await h.db.paymentMethod.create({
        data: {
          accountId,
          provider: STRIPE_PROVIDER_ID,
          providerTokenId: card.id,
          kind: "card",
          display: { brand: card.card.brand, last4: card.card.last4, expMonth: 12, expYear: 2030 },
          isDefault: true,
        },
      });
      return { paymentMethodId: row.id, customerId };
    },
    async paymentIntentsOf(paymentId) {
      // Every PaymentIntent shows up in at least one event (created, succeeded, payment_failed…).
      const { events } = (await h.control("stripe/events", undefined, "GET")) as {
        events: {
          data: { object: { id: string; object: string; metadata?: Record<string, string> } };
        }[];
      };
      const ids = events
        .map((e) => e.data.object)
        .filter((o) => o.object === "payment_intent" && o.metadata?.paymentId === paymentId)
        .map((o) => o.id);
      return [...new Set(ids)];
    },
    async authenticate(url, answer) {
      const response = await fetch(url, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(
          answer === "pass"
            ? { password: THREE_DS_PASSWORD, action: "complete" }
            : { password: "", action: "cancel" },
        ),
      });
      return {
        status: response.status,
        location: response.headers.get("location"),
        html: await response.text(),
      };
    },
    async reset() {
      await h.reset();
      await h.db.paymentMethod.deleteMany();
      await h.db.providerCustomer.deleteMany();
    },
  };
  return saga;
}
