import type { PlatformCall } from "./call";
import { Code, fail, ok, type PlatformReply } from "./envelope";
import { isEnv, requireOwnedEnv } from "./owned-env";

/** Sandbox choice (the reference names no code): a busy or malformed domain is refused with 99. */
const BUSY = Code.UNKNOWN;

const normalize = (value: string | undefined) => (value ?? "").trim().toLowerCase();

/** environment/binder/getextdomains: `array` of `{ domain }` (the real shape is unverified). */
export function getExtDomains(call: PlatformCall): PlatformReply {
  const environment = requireOwnedEnv(call);
  if (!isEnv(environment)) return environment;
  return ok({ array: environment.extdomains.map((domain) => ({ domain })) });
}

/** environment/binder/bindextdomain: a domain bound to any environment (anyone's) is busy. */
export function bindExtDomain(call: PlatformCall): PlatformReply {
  const environment = requireOwnedEnv(call);
  if (!isEnv(environment)) return environment;
  const domain = normalize(call.params.extdomain);
  if (!/^[a-z0-9.-]+\.[a-z0-9-]+$/.test(domain))
    return fail(Code.UNKNOWN, `invalid external domain [${domain}]`);
  const envs = call.deps.store.state.platform.envs;
  if (envs.some((e) => e.extdomains.includes(domain)))
    return fail(BUSY, `external domain [${domain}] is already bound`);
  call.deps.store.update(() => {
    environment.extdomains.push(domain);
  });
  return ok({
    extDomain: {
      id: envs.indexOf(environment) * 1000 + environment.extdomains.length,
      domain,
      sslEnabled: false,
    },
  });
}

/** environment/binder/removeextdomain */
export function removeExtDomain(call: PlatformCall): PlatformReply {
  const environment = requireOwnedEnv(call);
  if (!isEnv(environment)) return environment;
  const domain = normalize(call.params.extdomain);
  if (!environment.extdomains.includes(domain))
    return fail(Code.UNKNOWN, `external domain [${domain}] is not bound to this environment`);
  call.deps.store.update(() => {
    environment.extdomains = environment.extdomains.filter((d) => d !== domain);
  });
  return ok();
}
