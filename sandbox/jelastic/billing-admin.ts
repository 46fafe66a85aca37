import { billingState, sqlDateTime } from "../billing/state";
import type { GroupType } from "../state/types";
import { findUser, type PlatformCall, type PlatformMethod } from "./call";
import { Code, fail, ok, type PlatformReply } from "./envelope";
import { requireAdmin } from "./sessions";

const BAD_PARAM = 98;

/** "12.5" / "12.50" → 1250; undefined unless a positive amount with at most 2 decimals. */
function cents(text: string | undefined): number | undefined {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec((text ?? "").trim());
  if (!match) return undefined;
  const value = Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
  return value > 0 ? value : undefined;
}

function adminAndUser(call: PlatformCall) {
  const denied = requireAdmin(call.deps, call.params.session);
  if (denied) return denied;
  const user = findUser(call.deps, call.params.uid);
  if (!user) return fail(Code.USER_NOT_EXIST, `user [${call.params.uid ?? ""}] does not exist`);
  return user;
}

/**
 * billing/account/fundaccount (admin): `uid`, `amount`, `isBonus`, `note`. Credits the main balance
 * (bonus when isBonus=true) and keeps the note in the fund history. There is no idempotency key:
 * calling twice funds twice, which is what the saga has to prevent.
 */
export function fundAccount(call: PlatformCall): PlatformReply {
  const user = adminAndUser(call);
  if ("body" in user) return user;
  const amount = cents(call.params.amount);
  if (amount === undefined) return fail(BAD_PARAM, "amount must be a positive number");
  const isBonus = call.params.isBonus === "true";
  const note = call.params.note ?? "";
  const id = call.deps.store.update(() => {
    const billing = billingState(call.deps);
    if (isBonus) user.bonusCents += amount;
    else user.balanceCents += amount;
    // A deactivated account (lack of money) comes back when funded.
    if (user.status === 2) user.status = 1;
    const fundingId = Math.max(0, ...billing.fundings.map((f) => f.id)) + 1;
    billing.fundings.push({
      id: fundingId,
      uid: user.uid,
      amountCents: amount,
      isBonus,
      note,
      date: sqlDateTime(call.deps.now()),
    });
    return fundingId;
  });
  return ok({ id, balance: user.balanceCents / 100, bonus: user.bonusCents / 100 });
}

/**
 * billing/account/getfundaccounthistory (admin): `uid`, `startTime`, `endTime`
 * ("yyyy-MM-dd HH:mm:ss"). Rows carry amount, note and date; the exact upstream shape is a
 * reference gap, so this is the sandbox's reading of it.
 */
export function getFundAccountHistory(call: PlatformCall): PlatformReply {
  const user = adminAndUser(call);
  if ("body" in user) return user;
  const from = call.params.startTime ?? "0000-00-00 00:00:00";
  const to = call.params.endTime ?? "9999-12-31 23:59:59";
  const rows = billingState(call.deps)
    .fundings.filter((f) => f.uid === user.uid && f.date >= from && f.date <= to)
    .map((f) => ({
      id: f.id,
      uid: f.uid,
      amount: f.amountCents / 100,
      isBonus: f.isBonus,
      note: f.note,
      operationDate: f.date,
    }));
  return ok({ array: rows });
}

function groupTypeOf(name: string): GroupType | undefined {
  const lower = name.toLowerCase();
  if (lower.startsWith("trial")) return "trial";
  if (lower.startsWith("billing")) return "billing";
  if (lower.startsWith("post")) return "post";
  if (lower.startsWith("beta")) return "beta";
  return undefined;
}

/**
 * billing/account/setgroup (admin): `uid`, `groupName`, `resetBalance`, `resetBonus`. Setting the
 * group the user already has is a no-op success, so the call is safe to repeat.
 */
export function setGroup(call: PlatformCall): PlatformReply {
  const user = adminAndUser(call);
  if ("body" in user) return user;
  const groupName = (call.params.groupName ?? "").trim();
  const groupType = groupTypeOf(groupName);
  if (!groupType) return fail(BAD_PARAM, `group [${groupName}] does not exist`);
  call.deps.store.update(() => {
    user.group = groupName;
    user.groupType = groupType;
    if (call.params.resetBalance === "true") user.balanceCents = 0;
    if (call.params.resetBonus === "true") user.bonusCents = 0;
  });
  return ok({ uid: user.uid, group: user.group, groupType: user.groupType });
}

export const billingAdminMethods: Record<string, PlatformMethod> = {
  "billing/account/fundaccount": fundAccount,
  "billing/account/getfundaccounthistory": getFundAccountHistory,
  "billing/account/setgroup": setGroup,
};
