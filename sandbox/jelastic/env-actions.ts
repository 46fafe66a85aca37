import type { PlatformCall } from "./call";
import { Code, fail, ok, type PlatformReply } from "./envelope";
import { isReply, requireUser } from "./sessions";
import { nodeStatusFor, STATUS } from "../seed-data/env-builder";

const WRONG_PASSWORD = 801;

/** The caller's own environment by `envName`, or the platform's reply for unknown / foreign ones. */
function ownEnv(call: PlatformCall) {
  const who = requireUser(call.deps, call.params.session);
  if (isReply(who)) return who;
  const name = (call.params.envName ?? "").trim();
  if (!name) return fail(Code.UNKNOWN, "parameter [envName] is required");
  const environment = call.deps.store.state.platform.envs.find((e) => e.envName === name);
  if (!environment) return fail(Code.ENV_DELETED, `env [${name}] not exists`);
  if (environment.ownerUid !== who.user.uid) {
    return fail(Code.ENV_NOT_EXIST, `environment [${name}] does not exist`);
  }
  return { who, environment };
}

function setStatus(call: PlatformCall, status: number): PlatformReply {
  const found = ownEnv(call);
  if (isReply(found)) return found;
  if (found.environment.status === STATUS.creating) {
    return fail(Code.UNKNOWN, "environment is being created, try again later");
  }
  call.deps.store.update(() => {
    found.environment.status = status;
    for (const node of found.environment.nodes) node.status = nodeStatusFor(status);
  });
  return ok();
}

/** environment/control/startenv */
export const startEnv = (call: PlatformCall) => setStatus(call, STATUS.running);

/** environment/control/stopenv */
export const stopEnv = (call: PlatformCall) => setStatus(call, STATUS.stopped);

/** environment/control/deleteenv: the account password confirms the removal (801 when wrong). */
export function deleteEnv(call: PlatformCall): PlatformReply {
  const found = ownEnv(call);
  if (isReply(found)) return found;
  if ((call.params.password ?? "") !== found.who.user.password) {
    return fail(WRONG_PASSWORD, "invalid password");
  }
  call.deps.store.update((state) => {
    state.platform.envs = state.platform.envs.filter((e) => e !== found.environment);
  });
  return ok();
}
