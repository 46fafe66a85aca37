import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** Settings for the sandbox: its URLs and its well-known (deliberately fake) credentials. */
export function sandboxSettings(sandboxUrl: string, smtpPort: number): Record<string, string> {
  return {
    WHMCS_URL: `${sandboxUrl}/whmcs`,
    WHMCS_API_IDENTIFIER: "sandbox_whmcs_identifier",
    WHMCS_API_SECRET: "sandbox_whmcs_secret",
    JELASTIC_URL: `${sandboxUrl}/jelastic`,
    JELASTIC_REG_URL: `${sandboxUrl}/jelastic-reg`,
    JELASTIC_ADMIN_TOKEN: "sandbox_platform_admin_token",
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  };
}

/**
 * Stripe pointed at the sandbox, used when the sandbox runs and no Stripe key is configured. The
 * sandbox gets the portal's webhook URL and the same signing secret (SANDBOX_STRIPE_WEBHOOK_*).
 */
export function stripeSandboxSettings(
  sandboxUrl: string,
  portalUrl: string,
): { portal: Record<string, string>; sandbox: Record<string, string> } {
  const webhookSecret = "whsec_sandbox_stripe_webhook_secret";
  return {
    portal: {
      STRIPE_SECRET_KEY: "sk_test_sandbox",
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_API_URL: sandboxUrl,
    },
    sandbox: {
      SANDBOX_STRIPE_WEBHOOK_URL: `${portalUrl}/api/webhooks/stripe`,
      SANDBOX_STRIPE_WEBHOOK_SECRET: webhookSecret,
    },
  };
}

/**
 * PayPal through the sandbox (its emulator lives under `/paypal`), used when no real PayPal app is
 * configured; the webhook id is the one the sandbox signs its deliveries for.
 */
export function sandboxPaypalSettings(sandboxUrl: string): Record<string, string> {
  return {
    PAYPAL_CLIENT_ID: "sandbox_paypal_client_id",
    PAYPAL_CLIENT_SECRET: "sandbox_paypal_client_secret",
    PAYPAL_API_URL: `${sandboxUrl}/paypal`,
    PAYPAL_SDK_URL: `${sandboxUrl}/paypal/sdk/js`,
    PAYPAL_WEBHOOK_ID: "WH-SANDBOX-PORTAL",
  };
}

/** Real upstreams are configured when any of their URLs is set; then no sandbox is started. */
export function wantsSandbox(env: NodeJS.ProcessEnv): boolean {
  return !env.WHMCS_URL && !env.JELASTIC_URL;
}

/**
 * Outside production a missing AUTH_SECRET is generated once and kept in the data folder, so
 * sessions survive restarts without the newcomer having to configure anything.
 */
export function ensureAuthSecret(env: NodeJS.ProcessEnv, file: string): void {
  if (env.AUTH_SECRET || env.APP_ENV === "production") return;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

export function loadDotEnv(env: NodeJS.ProcessEnv): void {
  if (existsSync(".env")) process.loadEnvFile(".env");
  Object.assign(env, process.env);
}
