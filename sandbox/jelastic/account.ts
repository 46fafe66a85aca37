import type { PlatformCall } from "./call";
import { notAuthenticated, ok, type PlatformReply } from "./envelope";
import { isReply, requireUser, resolveCaller } from "./sessions";

/** The admin token has an identity too (for GetUserInfo/CheckSign), but no billing account. */
const ADMIN_IDENTITY = {
  uid: 1,
  email: "admin@sandbox-cloud.test",
  name: "Platform administrator",
  status: 1,
};

/** users/account/getuserinfo: AuthenticationResponse-shaped identity of the session. */
export function getUserInfo({ params, deps }: PlatformCall): PlatformReply {
  const caller = resolveCaller(deps, params.session);
  if (!caller) return notAuthenticated();
  if (caller.kind === "admin") return ok({ ...ADMIN_IDENTITY, isAdmin: true });
  const { user } = caller;
  return ok({
    uid: user.uid,
    email: user.email,
    name: user.name,
    status: user.status,
    language: user.language,
    createdOn: user.createdOn,
  });
}

/** billing/account/getaccount: balances are plain JSON numbers in the account currency. */
export function getAccount({ params, deps }: PlatformCall): PlatformReply {
  const who = requireUser(deps, params.session);
  if (isReply(who)) return who;
  const { user } = who;
  const commercial = user.groupType !== "trial" && user.groupType !== "beta";
  return ok({
    uid: user.uid,
    email: user.email,
    balance: user.balanceCents / 100,
    bonus: user.bonusCents / 100,
    credit: 0,
    debit: 0,
    group: user.group,
    groupType: user.groupType,
    status: user.status,
    isCommerial: commercial,
    isEnabled: user.status === 1,
    isRegistered: true,
    createdOn: user.createdOn,
    updatedGroupOn: user.createdOn,
    updatedStatusOn: user.createdOn,
    defaultHardNodeGroup: user.defaultHardNodeGroup,
    hardNodeGroups: user.hardNodeGroups,
    language: user.language,
    ...(user.ebsUserId ? { ebsUserId: user.ebsUserId } : {}),
  });
}
