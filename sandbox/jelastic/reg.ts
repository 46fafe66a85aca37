import type { SandboxDeps } from "../context";
import { applyFault } from "../control/apply-fault";
import { readFormPairs } from "../http/body";
import { sendJson } from "../http/respond";
import type { Router } from "../http/router";
import { pruneExpired, randomToken } from "../state/tokens";
import { findUser } from "./call";
import { Code, fail, ok, type PlatformReply } from "./envelope";
import { requireAdmin } from "./sessions";

const LINK_TTL_MS = 10 * 60 * 1000;

/**
 * The registration host's GenerateAuthLink (reference §2.9): admin token in `session`, the user's
 * `email` → a one-time dashboard login `link`. `action`/`solution` are accepted and ignored.
 * Fault matching uses the action name "generateauthlink" under service "jelastic".
 */
export function registerReg(router: Router, deps: SandboxDeps): void {
  router.on(
    ["GET", "POST"],
    "/jelastic-reg/GenerateAuthLink",
    async (ctx) => {
      const params = Object.fromEntries(await readFormPairs(ctx.req, ctx.url));
      const fault = deps.faults.take("jelastic", "generateauthlink");
      if (fault && (await applyFault(ctx.res, fault, "jelastic", ctx.signal))) return;
      const reply = generateAuthLink(deps, params);
      sendJson(ctx.res, reply.status, reply.body);
    },
    { ignoreCase: true },
  );
}

function generateAuthLink(deps: SandboxDeps, params: Record<string, string>): PlatformReply {
  const denied = requireAdmin(deps, params.session);
  if (denied) return denied;
  const user = findUser(deps, params.email);
  if (!user || !params.email?.includes("@"))
    return fail(Code.USER_NOT_EXIST, `user [${params.email ?? ""}] does not exist`);
  const envName = deps.store.state.platform.envs.find(
    (e) => e.envName === params.envName && e.ownerUid === user.uid,
  )?.envName;
  const key = randomToken(24);
  const now = deps.now();
  deps.store.update((state) => {
    // Used links are kept until they expire so a second use can say "used" (HTTP 410).
    pruneExpired(state.platform.authLinks, now);
    state.platform.authLinks[key] = {
      uid: user.uid,
      email: user.email,
      ...(envName ? { envName } : {}),
      createdAt: now,
      expiresAt: now + LINK_TTL_MS,
    };
  });
  return ok({ link: `${deps.publicUrl}/jelastic/dashboard/auth?key=${key}` });
}
