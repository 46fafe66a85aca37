import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "@/lib/config/parse";
import { buildIsStale, buildPortal, generatePrismaClient } from "./build";
import {
  ensureAuthSecret,
  sandboxPaypalSettings,
  sandboxSettings,
  stripeSandboxSettings,
  wantsSandbox,
} from "./local-config";
import { migrateDatabase } from "./migrate";
import { startService, stopAll, waitForHttp, type Service } from "./processes";

export type StackOptions = {
  portalPort: number;
  sandboxPort: number;
  smtpPort: number;
  /** Folder for the embedded database, sandbox state and the generated secret. */
  dataDir: string;
  /** Start from an empty database and a freshly seeded sandbox (tests). */
  fresh?: boolean;
  quiet?: boolean;
  env: NodeJS.ProcessEnv;
  /** Test data written after migrations, while the embedded database is still free (tests only). */
  beforePortal?: (env: NodeJS.ProcessEnv, sandboxUrl: string | null) => Promise<void>;
};

export type Stack = {
  portalUrl: string;
  sandboxUrl: string | null;
  services: Service[];
  stop(): Promise<void>;
};

/**
 * Brings up what the portal needs, in order: sandbox (only when no real upstream is configured),
 * validated configuration, Prisma client, migrated database, production build, then `next start`.
 * Each step reuses what already exists, so a second start takes seconds.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const env: NodeJS.ProcessEnv = { ...options.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (options.fresh) rmSync(options.dataDir, { recursive: true, force: true });
  mkdirSync(options.dataDir, { recursive: true });
  env.PGLITE_DIR ??= join(options.dataDir, "pglite");
  env.PORTAL_URL ??= `http://127.0.0.1:${options.portalPort}`;
  ensureAuthSecret(env, join(options.dataDir, "auth-secret"));

  const services: Service[] = [];
  const stop = () => stopAll(services.reverse());
  try {
    let sandboxUrl: string | null = null;
    if (wantsSandbox(env)) {
      sandboxUrl = `http://127.0.0.1:${options.sandboxPort}`;
      Object.assign(env, sandboxSettings(sandboxUrl, options.smtpPort));
      // Card payments through the sandbox unless a real Stripe key is configured.
      const stripe = env.STRIPE_SECRET_KEY
        ? { portal: {}, sandbox: {} }
        : stripeSandboxSettings(sandboxUrl, `http://127.0.0.1:${options.portalPort}`);
      Object.assign(env, stripe.portal);
      if (!env.PAYPAL_CLIENT_ID) Object.assign(env, sandboxPaypalSettings(sandboxUrl));
      services.push(
        startService(
          "sandbox",
          "node_modules/.bin/tsx",
          ["sandbox/main.ts"],
          {
            ...env,
            SANDBOX_PORT: String(options.sandboxPort),
            SANDBOX_SMTP_PORT: String(options.smtpPort),
            SANDBOX_DATA_DIR: join(options.dataDir, "sandbox"),
            SANDBOX_PUBLIC_URL: sandboxUrl,
            ...stripe.sandbox,
            // PayPal webhooks go to the portal's route handler (built with the payment pages).
            SANDBOX_PAYPAL_WEBHOOK_URL: `${env.PORTAL_URL}/api/webhooks/paypal`,
            SANDBOX_PAYPAL_WEBHOOK_ID: "WH-SANDBOX-PORTAL",
          },
          { quiet: options.quiet },
        ),
      );
    }

    const config = parseEnv(env);
    if (!config.ok) throw new ConfigurationError(config.message);

    generatePrismaClient(env);
    await migrateDatabase(config.env);
    if (buildIsStale()) buildPortal(env);
    if (sandboxUrl) await waitForHttp(`${sandboxUrl}/_control/health`, "sandbox");
    await options.beforePortal?.(env, sandboxUrl);

    services.push(
      startService(
        "portal",
        "node_modules/.bin/next",
        ["start", "-p", String(options.portalPort), "-H", "127.0.0.1"],
        env,
        { quiet: options.quiet },
      ),
    );
    const portalUrl = `http://127.0.0.1:${options.portalPort}`;
    await waitForHttp(`${portalUrl}/api/health`, "portal");
    return { portalUrl, sandboxUrl, services, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigurationError";
  }
}
