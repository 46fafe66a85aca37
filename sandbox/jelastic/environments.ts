import type { PlatformCall } from "./call";
import { Code, fail, ok, type PlatformReply } from "./envelope";
import { envInfo } from "./env-view";
import { isReply, requireUser } from "./sessions";

const truthy = (value: string | undefined) => value === "true" || value === "1";

/** environment/control/getenvs: the caller's own environments only. */
export function getEnvs({ params, deps }: PlatformCall): PlatformReply {
  const who = requireUser(deps, params.session);
  if (isReply(who)) return who;
  const state = deps.store.state;
  const infos = state.platform.envs
    .filter((e) => e.ownerUid === who.user.uid)
    .map((e) => envInfo(e, state, truthy(params.lazy)));
  return ok({ infos });
}

/**
 * environment/control/getenvinfo. An unknown name is result 11 (what scripts treat as "deleted");
 * another user's environment is 901 "does not exist", so nothing about it leaks.
 */
export function getEnvInfo({ params, deps }: PlatformCall): PlatformReply {
  const who = requireUser(deps, params.session);
  if (isReply(who)) return who;
  const name = (params.envName ?? "").trim();
  if (!name) return fail(Code.UNKNOWN, "parameter [envName] is required");
  const state = deps.store.state;
  const environment = state.platform.envs.find((e) => e.envName === name);
  if (!environment) return fail(Code.ENV_DELETED, `env [${name}] not exists`);
  if (environment.ownerUid !== who.user.uid)
    return fail(Code.ENV_NOT_EXIST, `environment [${name}] does not exist`);
  return ok({ right: "OWNER", ...envInfo(environment, state, truthy(params.lazy)) });
}
