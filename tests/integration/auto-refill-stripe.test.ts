import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runAutoRefill } from "@/lib/billing/auto-refill";
import { backends, BILLING, startHarness, type Harness } from "./support/settlement-harness";
import { fundings } from "./support/settlement-probes";
import { stripeSaga, type StripeSaga } from "./support/stripe-provider";

/**
 * The auto-refill check with the real Stripe provider (official SDK, the sandbox's Stripe over
 * HTTP): the default saved card is charged off-session, once, and the platform funded once; a card
 * whose bank insists on 3-D Secure cannot be charged with nobody present, so the rule pauses.
 */
describe.each(backends)("auto-refill charging a saved Stripe card (%s)", (backend) => {
  let h: Harness;
  let s: StripeSaga;
  let accountId: string;
  const told: { kind: string }[] = [];

  const check = () =>
    runAutoRefill({
      settlement: s.deps(),
      notify: async (_id, event) => void told.push(event),
      requestSettlement: async () => undefined,
      currency: "USD",
      cooldownMs: 60 * 60_000,
    });

  beforeAll(async () => {
    h = await startHarness(backend);
    s = stripeSaga(h);
    accountId = h.accountId("billing");
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    await s.reset();
    await h.db.autoRefill.deleteMany();
    await h.db.platformSession.deleteMany();
    told.length = 0;
    // The billing demo account has 42.50 on the platform: below a 50.00 threshold.
    await h.db.autoRefill.create({
      data: {
        accountId,
        enabled: true,
        thresholdMinor: 5_000,
        amountMinor: 2_000,
        currency: "USD",
      },
    });
  });

  it("charges the default card off-session once, funds the net amount once", async () => {
    await s.saveCard("4242424242424242");
    const reports = await Promise.all([check(), check()]);
    expect(reports.map((r) => r.outcomes[accountId]).filter((o) => o === "started")).toHaveLength(
      1,
    );
    const [attempt, ...others] = await h.db.payment.findMany({
      where: { accountId, purpose: "auto-refill" },
    });
    expect(others).toHaveLength(0);
    expect(attempt).toMatchObject({ state: "done", provider: "stripe", amountMinor: 2_000 });
    const intents = await s.paymentIntentsOf(attempt?.id ?? "");
    expect(intents).toHaveLength(1);
    expect(await s.stripe.getPaymentIntent(intents[0] ?? "")).toMatchObject({
      status: "succeeded",
      amountMinor: 2_380, // 20.00 + 19 % VAT from the WHMCS invoice
    });
    expect(await fundings(h, BILLING.uid, attempt?.fundingNote ?? "")).toHaveLength(1);
    // The next tick finds the balance above the threshold (or the cool-down): no second charge.
    expect((await check()).outcomes[accountId]).not.toBe("started");
  });

  it("a card that always asks for 3-D Secure is not charged; the rule pauses with the reason", async () => {
    await s.saveCard("4000002760003184", { offSessionReady: false });
    expect((await check()).outcomes[accountId]).toBe("failed");
    const rule = await h.db.autoRefill.findUniqueOrThrow({ where: { accountId } });
    expect(rule.lastError).toBe("authentication_required");
    expect(await fundings(h, BILLING.uid)).toHaveLength(0);
    expect((await check()).outcomes[accountId]).toBe("paused");
  });
});
