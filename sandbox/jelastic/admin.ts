import { findUser, type PlatformCall } from "./call";
import { Code, fail, ok, type PlatformReply } from "./envelope";
import { createSession, requireAdmin } from "./sessions";

/**
 * system/admin/signinasclient (and the older signinasuser): the admin token in `session` plus the
 * user's `login` (email or uid) gives a session of that user, so a panel can act for them.
 */
export function signinAsClient({ params, deps }: PlatformCall): PlatformReply {
  const denied = requireAdmin(deps, params.session);
  if (denied) return denied;
  const user = findUser(deps, params.login);
  if (!user) return fail(Code.USER_NOT_EXIST, `user [${params.login ?? ""}] does not exist`);
  const session = createSession(deps, user.uid, true);
  return ok({ session, uid: user.uid, email: user.email, name: user.name });
}
