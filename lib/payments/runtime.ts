import { getEnv, type Env } from "@/lib/config/env";
import { createPrismaClient } from "@/lib/db";
import { createLogger } from "@/lib/http";
import { createJelasticClient } from "@/lib/jelastic";
import { createWhmcsClient } from "@/lib/whmcs";
import { auditToDatabase } from "./audit";
import type { SettlementConfig, SettlementDeps } from "./deps";
import { notifyByDashboard } from "./notify";
import { emailByNotifier } from "./notify-email";
import { providerCustomers } from "./provider-customers";
import { buildProviders } from "./providers";

/**
 * The saga's dependencies built from configuration, once per process. Framework-free on purpose
 * (no next/*, no request context): the portal, its webhooks and `npm run worker` all use it.
 */
const holder = globalThis as typeof globalThis & { __settlementDeps?: SettlementDeps };

export function settlementConfig(env: Env): SettlementConfig {
  return {
    rechargeProductId: env.WHMCS_RECHARGE_PRODUCT_ID,
    billingGroup: env.PLATFORM_BILLING_GROUP,
    // Longer than one step can take (a few upstream calls, each bounded by the timeout).
    leaseMs: Math.max(60_000, env.UPSTREAM_TIMEOUT_MS * 6),
    stuckAfterMs: env.PAYMENT_STUCK_MINUTES * 60_000,
    abandonAfterMs: env.PAYMENT_ABANDON_MINUTES * 60_000,
    returnUrl: `${env.PORTAL_URL.replace(/\/+$/, "")}/billing/payments/{paymentId}`,
    cancelUrl: `${env.PORTAL_URL.replace(/\/+$/, "")}/billing/payments/{paymentId}/cancel`,
  };
}

export function settlementDeps(): SettlementDeps {
  if (holder.__settlementDeps) return holder.__settlementDeps;
  const env = getEnv();
  const logger = createLogger({ level: env.LOG_LEVEL });
  const whmcs = createWhmcsClient({
    baseUrl: env.WHMCS_URL,
    identifier: env.WHMCS_API_IDENTIFIER,
    secret: env.WHMCS_API_SECRET,
    accessKey: env.WHMCS_ACCESS_KEY,
    timeoutMs: env.UPSTREAM_TIMEOUT_MS,
    defaultCurrency: env.CURRENCY,
    logger,
  });
  const jelastic = createJelasticClient({
    baseUrl: env.JELASTIC_URL,
    regUrl: env.JELASTIC_REG_URL,
    adminToken: env.JELASTIC_ADMIN_TOKEN,
    currency: env.CURRENCY,
    timeoutMs: env.UPSTREAM_TIMEOUT_MS,
    logger,
  });
  const db = createPrismaClient({
    databaseUrl: env.DATABASE_URL,
    pgliteDir: env.PGLITE_DIR,
    poolMax: env.DB_POOL_MAX,
  });
  holder.__settlementDeps = {
    db,
    whmcs,
    jelastic,
    providers: buildProviders(env, { whmcs, customers: providerCustomers(db) }),
    notify: notifyByDashboard,
    email: emailByNotifier(logger),
    audit: auditToDatabase,
    config: settlementConfig(env),
    now: () => new Date(),
  };
  return holder.__settlementDeps;
}
