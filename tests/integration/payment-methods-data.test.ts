import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionAccount } from "@/lib/data/session";
import type { PaymentProvider } from "@/lib/payments/provider";
import { demoUsers } from "@/sandbox/demo-users";
import { appStackPerFile, signedInAccount } from "./support/app";

/**
 * "Payment methods" and the auto-refill settings through the data layer, as the portal's server
 * actions call them: one default per account, removing the default needs the next one, removing
 * at the provider comes first, another account's method is not found, and every change is audited.
 * The provider is a small in-test wallet registered in the portal's own ProviderRegistry.
 */
vi.mock("@/lib/data/request-context", () => ({
  getRequestContext: async () => ({ ip: "127.0.0.1", userAgent: "vitest" }),
}));

appStackPerFile("payment-methods-data");

const wallet = {
  id: "test-wallet",
  whmcsGateway: "stripe",
  settlesInvoiceItself: false,
  forgotten: [] as string[],
  failing: false as boolean,
  async start() {
    return { kind: "failed", reason: "not_used" } as const;
  },
  async confirm() {
    return { kind: "failed", reason: "not_used" } as const;
  },
  async forgetMethod(tokenId: string) {
    if (wallet.failing) throw new Error("provider down");
    wallet.forgotten.push(tokenId);
  },
} satisfies PaymentProvider & { forgotten: string[]; failing: boolean };

let billing: SessionAccount;
let trial: SessionAccount;
const db = async () => (await import("@/lib/data/db")).getDb();
const data = () => import("@/lib/data/payment-methods");

async function seedMethods(account: SessionAccount) {
  const client = await db();
  await client.paymentMethod.deleteMany({ where: { accountId: account.id } });
  const card = (token: string, brand: string, last4: string, expYear: number, isDefault = false) =>
    client.paymentMethod.create({
      data: {
        accountId: account.id,
        provider: "test-wallet",
        providerTokenId: `${token}_${account.id}`,
        kind: "card",
        display: { brand, last4, expMonth: 6, expYear },
        isDefault,
      },
    });
  const visa = await card("pm_visa", "visa", "4242", 2030, true);
  const expired = await card("pm_mc", "mastercard", "4444", 2020);
  const paypal = await client.paymentMethod.create({
    data: {
      accountId: account.id,
      provider: "test-wallet",
      providerTokenId: `vault_${account.id}`,
      kind: "paypal",
      display: { email: "buyer@paypal.test" },
    },
  });
  return { visa, expired, paypal };
}

const defaults = async (account: SessionAccount) =>
  (await db()).paymentMethod.findMany({
    where: { accountId: account.id, isDefault: true },
    select: { id: true },
  });

beforeAll(async () => {
  billing = await signedInAccount(demoUsers.billing);
  trial = await signedInAccount(demoUsers.trial);
  const { settlementDeps } = await import("@/lib/payments/runtime");
  settlementDeps().providers.register(wallet);
});

beforeEach(async () => {
  wallet.forgotten = [];
  wallet.failing = false;
  const client = await db();
  await client.autoRefill.deleteMany();
  await client.auditEvent.deleteMany();
});

describe("saved payment methods", () => {
  it("lists the default first, with expired cards marked and PayPal by email", async () => {
    const { visa, expired, paypal } = await seedMethods(billing);
    const { listSavedMethods } = await data();
    expect(await listSavedMethods(billing)).toEqual([
      {
        id: visa.id,
        kind: "card",
        provider: "test-wallet",
        isDefault: true,
        display: { brand: "visa", last4: "4242", expMonth: 6, expYear: 2030 },
        expired: false,
      },
      expect.objectContaining({ id: expired.id, expired: true }),
      expect.objectContaining({
        id: paypal.id,
        kind: "paypal",
        display: { email: "buyer@paypal.test" },
      }),
    ]);
    expect(await listSavedMethods(trial)).toEqual([]);
  });

  it("changing the default leaves exactly one, even when two changes race; audited", async () => {
    const { expired, paypal } = await seedMethods(billing);
    const { setDefaultMethod } = await data();
    const results = await Promise.all([
      setDefaultMethod(billing, paypal.id),
      setDefaultMethod(billing, expired.id),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await defaults(billing)).toHaveLength(1);

    expect(await setDefaultMethod(billing, paypal.id)).toEqual({ ok: true, changed: true });
    expect(await defaults(billing)).toEqual([{ id: paypal.id }]);
    expect(await setDefaultMethod(billing, paypal.id)).toEqual({ ok: true, changed: false });
    const audits = await (
      await db()
    ).auditEvent.findMany({
      where: { action: "payment_method.default_changed", accountId: billing.id },
    });
    expect(audits.length).toBeGreaterThanOrEqual(2);
    expect(audits.every((a) => a.actorEmail === billing.email)).toBe(true);
  });

  it("another account's method is not found and stays as it was", async () => {
    const { visa, paypal } = await seedMethods(billing);
    const { removeMethod, setDefaultMethod } = await data();
    expect(await setDefaultMethod(trial, paypal.id)).toEqual({ ok: false, reason: "not_found" });
    expect(await removeMethod(trial, visa.id)).toEqual({ ok: false, reason: "not_found" });
    expect(wallet.forgotten).toEqual([]);
    expect(await defaults(billing)).toEqual([{ id: visa.id }]);
  });

  it("removing a method forgets it at the provider first, then removes it; audited", async () => {
    const { expired } = await seedMethods(billing);
    const { removeMethod, listSavedMethods } = await data();
    expect(await removeMethod(billing, expired.id)).toEqual({
      ok: true,
      autoRefillDisabled: false,
    });
    expect(wallet.forgotten).toEqual([`pm_mc_${billing.id}`]);
    expect((await listSavedMethods(billing)).map((m) => m.id)).not.toContain(expired.id);
    const audit = await (
      await db()
    ).auditEvent.findFirstOrThrow({
      where: { action: "payment_method.removed", accountId: billing.id },
    });
    expect(audit).toMatchObject({ outcome: "success", target: `payment_method:${expired.id}` });
  });

  it("removing the default needs the new default first", async () => {
    const { visa, paypal } = await seedMethods(billing);
    const { removeMethod } = await data();
    expect(await removeMethod(billing, visa.id)).toEqual({
      ok: false,
      reason: "new_default_required",
    });
    expect(wallet.forgotten).toEqual([]);
    expect(await removeMethod(billing, visa.id, { newDefaultId: "not-one-of-mine" })).toEqual({
      ok: false,
      reason: "new_default_required",
    });
    expect(await removeMethod(billing, visa.id, { newDefaultId: paypal.id })).toEqual({
      ok: true,
      autoRefillDisabled: false,
    });
    expect(await defaults(billing)).toEqual([{ id: paypal.id }]);
  });

  it("nothing is removed when the provider cannot forget it", async () => {
    const { expired } = await seedMethods(billing);
    wallet.failing = true;
    const { removeMethod } = await data();
    expect(await removeMethod(billing, expired.id)).toEqual({
      ok: false,
      reason: "provider_unavailable",
    });
    expect(await (await db()).paymentMethod.count({ where: { id: expired.id } })).toBe(1);
  });

  it("removing the last method switches auto-refill off", async () => {
    const { visa, expired, paypal } = await seedMethods(billing);
    const { saveAutoRefill } = await import("@/lib/data/auto-refill");
    expect(
      await saveAutoRefill(billing, { enabled: true, thresholdMinor: 1_000, amountMinor: 2_000 }),
    ).toEqual({ ok: true });
    const { removeMethod } = await data();
    await removeMethod(billing, expired.id);
    await removeMethod(billing, paypal.id);
    expect(await removeMethod(billing, visa.id)).toEqual({ ok: true, autoRefillDisabled: true });
    expect(
      await (await db()).autoRefill.findUniqueOrThrow({ where: { accountId: billing.id } }),
    ).toMatchObject({ enabled: false, lastError: "no_payment_method" });
  });
});

describe("auto-refill settings", () => {
  it("validates amounts again on the server and needs a saved method to switch on", async () => {
    const client = await db();
    await client.paymentMethod.deleteMany({ where: { accountId: billing.id } });
    const { saveAutoRefill, getAutoRefill } = await import("@/lib/data/auto-refill");
    expect(
      await saveAutoRefill(billing, { enabled: true, thresholdMinor: 0, amountMinor: 1_250 }),
    ).toEqual({
      ok: false,
      reason: "invalid",
      fields: { thresholdMinor: "too_low", amountMinor: "step" },
    });
    expect(
      await saveAutoRefill(billing, { enabled: true, thresholdMinor: 1_000, amountMinor: 2_000 }),
    ).toEqual({ ok: false, reason: "no_method" });
    expect(
      await saveAutoRefill(trial, { enabled: true, thresholdMinor: 1_000, amountMinor: 2_000 }),
    ).toEqual({ ok: false, reason: "no_billing_account" });

    await seedMethods(billing);
    expect(
      await saveAutoRefill(billing, { enabled: true, thresholdMinor: 1_000, amountMinor: 2_000 }),
    ).toEqual({ ok: true });
    expect(await getAutoRefill(billing)).toMatchObject({
      eligible: true,
      enabled: true,
      thresholdMinor: 1_000,
      amountMinor: 2_000,
      currency: "USD",
      method: { kind: "card", isDefault: true },
      paused: false,
    });
    expect(
      await client.auditEvent.count({
        where: { action: "auto_refill.enabled", accountId: billing.id },
      }),
    ).toBe(1);
  });

  it("saving again resumes a rule a failed charge paused", async () => {
    await seedMethods(billing);
    const client = await db();
    await client.autoRefill.create({
      data: {
        accountId: billing.id,
        enabled: true,
        thresholdMinor: 1_000,
        amountMinor: 2_000,
        currency: "USD",
        lastError: "authentication_required",
        lastRunAt: new Date(),
      },
    });
    const { saveAutoRefill, getAutoRefill } = await import("@/lib/data/auto-refill");
    expect(await getAutoRefill(billing)).toMatchObject({
      paused: true,
      lastError: "authentication_required",
    });
    await saveAutoRefill(billing, { enabled: true, thresholdMinor: 1_000, amountMinor: 2_000 });
    expect(await getAutoRefill(billing)).toMatchObject({ paused: false, lastError: null });
  });
});
