import type { PlatformCall } from "./call";
import { Code, fail, notAuthenticated, ok, type PlatformReply } from "./envelope";
import { createSession, endSession, resolveCaller } from "./sessions";

/**
 * users/authentication/signin. POST only (GET has been refused since PaaS 5.1). Wrong password is
 * 701; an unknown login is 707, the platform's "user does not exist / mistyped" code.
 */
export function signin({ params, httpMethod, deps }: PlatformCall): PlatformReply {
  if (httpMethod !== "POST")
    return fail(Code.UNKNOWN, "GET requests are not allowed for this method, use POST", 405);
  const user = deps.store.state.platform.users.find(
    (u) => u.email.toLowerCase() === (params.login ?? "").trim().toLowerCase(),
  );
  if (!user) return fail(Code.NO_SUCH_USER, "The specified user does not exist in the system");
  if (user.password !== (params.password ?? ""))
    return fail(Code.AUTH_ERROR, "Authentication error");
  if (user.status === 3) return fail(Code.USER_BLOCKED, "User is blocked");
  const session = createSession(deps, user.uid, false);
  return ok({ session, uid: user.uid, email: user.email, name: user.name, status: user.status });
}

export function signout({ params, deps }: PlatformCall): PlatformReply {
  const caller = resolveCaller(deps, params.session);
  if (!caller) return notAuthenticated();
  if (caller.kind === "user") endSession(deps, caller.token);
  return ok();
}

/** Cheap validity probe: 0 for a live session (or the admin token), 702 otherwise. */
export function checksign({ params, deps }: PlatformCall): PlatformReply {
  return resolveCaller(deps, params.session) ? ok() : notAuthenticated();
}
