import "server-only";
import type { Prisma } from "@/lib/db";
import {
  orderSavedMethods,
  toSavedMethodView,
  type SavedMethodView,
} from "@/lib/billing/saved-method-view";
import { settlementDeps } from "@/lib/payments/runtime";
import { recordAudit } from "./audit";
import type { SessionAccount } from "./session";

export type { SavedMethodView } from "@/lib/billing/saved-method-view";

/**
 * "Payment methods": the cards and PayPal accounts the saga saved for this account (only after the
 * customer opted in). Another account's method is simply not found; changes are audited.
 */
const FIELDS = {
  id: true,
  kind: true,
  provider: true,
  providerTokenId: true,
  isDefault: true,
  display: true,
  createdAt: true,
} as const;

/** The account's saved methods, the default first. */
export async function listSavedMethods(account: SessionAccount): Promise<SavedMethodView[]> {
  const rows = await settlementDeps().db.paymentMethod.findMany({
    where: { accountId: account.id },
    select: FIELDS,
  });
  const now = new Date();
  return orderSavedMethods(rows).map((row) => toSavedMethodView(row, now));
}

export type SetDefaultResult = { ok: true; changed: boolean } | { ok: false; reason: "not_found" };

/**
 * Makes one method the default. The account's rows are locked first (SELECT … FOR UPDATE) so two
 * concurrent changes cannot leave two defaults behind.
 */
export async function setDefaultMethod(
  account: SessionAccount,
  id: string,
): Promise<SetDefaultResult> {
  const db = settlementDeps().db;
  const outcome = await db.$transaction(async (tx) => {
    const rows = await lockMethods(tx, account.id);
    const target = rows.find((row) => row.id === id);
    if (!target) return { ok: false, reason: "not_found" } as const;
    const previous = rows.find((row) => row.isDefault && row.id !== id) ?? null;
    if (target.isDefault && !previous) return { ok: true, changed: false, previous } as const;
    await tx.paymentMethod.updateMany({
      where: { accountId: account.id, isDefault: true, NOT: { id } },
      data: { isDefault: false },
    });
    await tx.paymentMethod.update({ where: { id }, data: { isDefault: true } });
    return { ok: true, changed: true, previous } as const;
  });
  if (!outcome.ok) return outcome;
  if (outcome.changed) {
    await recordAudit({
      accountId: account.id,
      actorEmail: account.email,
      action: "payment_method.default_changed",
      target: `payment_method:${id}`,
      outcome: "success",
      details: { previousDefaultId: outcome.previous?.id ?? null },
    });
  }
  return { ok: true, changed: outcome.changed };
}

export type RemoveMethodResult =
  | { ok: true; autoRefillDisabled: boolean }
  | {
      ok: false;
      /**
       * not_found: not this account's · new_default_required: the default is being removed while
       * others remain, so the customer must pick the next default · provider_unavailable: the
       * provider could not forget it; nothing was removed, try again later.
       */
      reason: "not_found" | "new_default_required" | "provider_unavailable";
    };

/**
 * Removes a saved method: first at the provider (detach the card / delete the vault token), then
 * our row. Removing the default while others exist needs `newDefaultId`; removing the last method
 * switches auto-refill off, since nothing is left to charge.
 */
export async function removeMethod(
  account: SessionAccount,
  id: string,
  options: { newDefaultId?: string } = {},
): Promise<RemoveMethodResult> {
  const deps = settlementDeps();
  const rows = await deps.db.paymentMethod.findMany({
    where: { accountId: account.id },
    select: FIELDS,
  });
  const target = rows.find((row) => row.id === id);
  if (!target) return { ok: false, reason: "not_found" };
  const others = rows.filter((row) => row.id !== id);
  const newDefault = options.newDefaultId
    ? others.find((row) => row.id === options.newDefaultId)
    : undefined;
  if (target.isDefault && others.length > 0 && !newDefault) {
    return { ok: false, reason: "new_default_required" };
  }

  // The provider first: a token we forgot locally but that still works at the provider would be a
  // card the customer believes removed. The provider treats "already gone" as done.
  if (deps.providers.has(target.provider)) {
    const provider = deps.providers.get(target.provider);
    try {
      await provider.forgetMethod?.(target.providerTokenId);
    } catch {
      await audit(account, id, "failure", { kind: target.kind, reason: "provider_unavailable" });
      return { ok: false, reason: "provider_unavailable" };
    }
  }

  const autoRefillDisabled = await deps.db.$transaction(async (tx) => {
    await lockMethods(tx, account.id);
    await tx.paymentMethod.deleteMany({ where: { id, accountId: account.id } });
    const remaining = await tx.paymentMethod.findMany({
      where: { accountId: account.id },
      select: { id: true, isDefault: true },
    });
    if (remaining.length === 0) {
      const switchedOff = await tx.autoRefill.updateMany({
        where: { accountId: account.id, enabled: true },
        data: { enabled: false, lastError: "no_payment_method" },
      });
      return switchedOff.count > 0;
    }
    const nextDefault = newDefault?.id ?? remaining.find((row) => row.isDefault)?.id;
    // A non-default removed while no default was set: the oldest remaining one becomes it.
    const chosen = nextDefault ?? remaining[0]?.id;
    if (chosen && (target.isDefault || !remaining.some((row) => row.isDefault))) {
      await tx.paymentMethod.updateMany({
        where: { accountId: account.id, NOT: { id: chosen } },
        data: { isDefault: false },
      });
      await tx.paymentMethod.updateMany({
        where: { id: chosen, accountId: account.id },
        data: { isDefault: true },
      });
    }
    return false;
  });
  await audit(account, id, "success", {
    kind: target.kind,
    provider: target.provider,
    wasDefault: target.isDefault,
    newDefaultId: target.isDefault ? (newDefault?.id ?? null) : null,
    autoRefillDisabled,
  });
  return { ok: true, autoRefillDisabled };
}

async function lockMethods(tx: Prisma.TransactionClient, accountId: string) {
  await tx.$queryRaw`SELECT "id" FROM "PaymentMethod" WHERE "accountId" = ${accountId} FOR UPDATE`;
  return tx.paymentMethod.findMany({
    where: { accountId },
    select: { id: true, isDefault: true },
  });
}

function audit(
  account: SessionAccount,
  id: string,
  outcome: "success" | "failure",
  details: Record<string, string | number | boolean | null>,
) {
  return recordAudit({
    accountId: account.id,
    actorEmail: account.email,
    action: "payment_method.removed",
    target: `payment_method:${id}`,
    outcome,
    details,
  });
}
