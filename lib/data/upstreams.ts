import "server-only";
import { getEnv } from "@/lib/config/env";
import { createLogger } from "@/lib/http";
import { createJelasticClient, type JelasticClient } from "@/lib/jelastic";
import { createWhmcsClient, type WhmcsClient } from "@/lib/whmcs";

type Clients = { whmcs: WhmcsClient; jelastic: JelasticClient };
const holder = globalThis as typeof globalThis & { __portalClients?: Clients };

/** Typed upstream clients built once from configuration; production differs only in these values. */
export function upstreams(): Clients {
  if (holder.__portalClients) return holder.__portalClients;
  const env = getEnv();
  const logger = createLogger({ level: env.LOG_LEVEL });
  holder.__portalClients = {
    whmcs: createWhmcsClient({
      baseUrl: env.WHMCS_URL,
      identifier: env.WHMCS_API_IDENTIFIER,
      secret: env.WHMCS_API_SECRET,
      accessKey: env.WHMCS_ACCESS_KEY,
      timeoutMs: env.UPSTREAM_TIMEOUT_MS,
      logger,
    }),
    jelastic: createJelasticClient({
      baseUrl: env.JELASTIC_URL,
      regUrl: env.JELASTIC_REG_URL,
      adminToken: env.JELASTIC_ADMIN_TOKEN,
      currency: env.CURRENCY,
      timeoutMs: env.UPSTREAM_TIMEOUT_MS,
      logger,
    }),
  };
  return holder.__portalClients;
}
