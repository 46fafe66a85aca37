import type { Environment } from "../state/types";
import type { PlatformCall } from "./call";
import { Code, fail, type PlatformReply } from "./envelope";
import { isReply, requireUser } from "./sessions";

/**
 * The caller's own environment named by `envName`, or the reply to send instead. As in GetEnvInfo,
 * an unknown name is 11 and another user's environment is 901, so nothing about it leaks.
 */
export function requireOwnedEnv({ params, deps }: PlatformCall): Environment | PlatformReply {
  const who = requireUser(deps, params.session);
  if (isReply(who)) return who;
  const name = (params.envName ?? "").trim();
  if (!name) return fail(Code.UNKNOWN, "parameter [envName] is required");
  const environment = deps.store.state.platform.envs.find((e) => e.envName === name);
  if (!environment) return fail(Code.ENV_DELETED, `env [${name}] not exists`);
  if (environment.ownerUid !== who.user.uid)
    return fail(Code.ENV_NOT_EXIST, `environment [${name}] does not exist`);
  return environment;
}

export const isEnv = (value: Environment | PlatformReply): value is Environment => !isReply(value);
