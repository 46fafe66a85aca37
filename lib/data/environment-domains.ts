import "server-only";
import { checkHostname, dnsRecordsFor, platformSuffixOf, type DnsRecord } from "@/lib/dns/hostname";
import type { HostnameProblem } from "@/lib/dns/hostname";
import type { Environment } from "@/lib/jelastic";
import {
  changeOwnedEnvironment,
  readOwnedEnvironment,
  type ChangeResult,
} from "./environment-access";
import { upstreams } from "./upstreams";

export type BoundDomain = { hostname: string; records: DnsRecord[] };

export type EnvironmentDomains = {
  name: string;
  displayName: string;
  domain: string;
  publicIps: string[];
  domains: BoundDomain[];
};

const publicIpsOf = (env: Environment) => [...new Set(env.nodes.flatMap((n) => n.publicIps))];

const boundDomain = (env: Environment, hostname: string): BoundDomain => ({
  hostname,
  records: dnsRecordsFor(hostname, env.domain, publicIpsOf(env)),
});

/** The page's data, or null when the platform cannot be reached (a 404 for others' names). */
export function getEnvironmentDomains(envName: string): Promise<EnvironmentDomains | null> {
  return readOwnedEnvironment(envName, async ({ session, env }) => {
    const hostnames = await upstreams().jelastic.getExtDomains(session, env.name);
    return {
      name: env.name,
      displayName: env.displayName,
      domain: env.domain,
      publicIps: publicIpsOf(env),
      domains: hostnames.map((hostname) => boundDomain(env, hostname)),
    };
  });
}

export type BindOutcome =
  ChangeResult<BoundDomain> | { ok: false; reason: "hostname"; problem: HostnameProblem };

/**
 * Validates and binds. The platform suffix is only known once the environment is loaded, so the
 * full check runs inside the change; a plain syntax error is refused before any upstream call.
 */
export async function bindExternalDomain(envName: string, input: string): Promise<BindOutcome> {
  const syntax = checkHostname(input);
  if (!syntax.ok) return { ok: false, reason: "hostname", problem: syntax.problem };
  let problem: HostnameProblem | null = null;
  const result = await changeOwnedEnvironment<BoundDomain>({
    envName,
    action: "environment.domain.bind",
    details: { hostname: syntax.hostname },
    run: async ({ session, env }) => {
      const suffix = platformSuffixOf(env.domain);
      const check = checkHostname(syntax.hostname, suffix ? [suffix] : []);
      if (!check.ok) {
        problem = check.problem;
        return { ok: false, reason: "invalid" };
      }
      if (env.extDomains.includes(check.hostname)) return { ok: false, reason: "already_bound" };
      const bound = await upstreams().jelastic.bindExtDomain(session, env.name, check.hostname);
      return { ok: true, value: boundDomain(env, bound) };
    },
  });
  if (problem) return { ok: false, reason: "hostname", problem };
  return result;
}

export async function removeExternalDomain(
  envName: string,
  hostname: string,
): Promise<ChangeResult<null>> {
  return changeOwnedEnvironment<null>({
    envName,
    action: "environment.domain.remove",
    details: { hostname },
    run: async ({ session, env }) => {
      if (!env.extDomains.includes(hostname)) return { ok: false, reason: "not_bound" };
      await upstreams().jelastic.removeExtDomain(session, env.name, hostname);
      return { ok: true, value: null };
    },
  });
}
