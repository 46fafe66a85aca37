import { envSchema, type Env } from "./schema";

export type EnvResult = { ok: true; env: Env } | { ok: false; message: string };

const SANDBOX_SECRET_PREFIX = "sandbox_";
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0"]);

/**
 * Validates a raw environment. The first problem becomes one line naming the variable, so that a
 * hoster sees exactly what to fix instead of a stack trace.
 */
export function parseEnv(source: Record<string, string | undefined>): EnvResult {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "configuration");
    const message =
      source[name] === undefined && issue?.code === "invalid_type" ? "is missing: " : "";
    return { ok: false, message: `${name} ${message}${issue?.message ?? "is invalid"}` };
  }
  const env = parsed.data;
  const stripe = stripeProblem(env);
  if (stripe) return { ok: false, message: stripe };
  if (Boolean(env.PAYPAL_CLIENT_ID) !== Boolean(env.PAYPAL_CLIENT_SECRET)) {
    return {
      ok: false,
      message:
        "PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET must be set together (or both left empty)",
    };
  }
  if (env.APP_ENV === "production") {
    const problem = productionProblem(env);
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, env };
}

/** Stripe settings that only make sense together, in any mode. */
function stripeProblem(env: Env): string | undefined {
  if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    return "STRIPE_WEBHOOK_SECRET is missing: it is needed with STRIPE_SECRET_KEY to verify Stripe's webhooks";
  }
  if (env.STRIPE_API_URL) {
    const { pathname, hostname } = new URL(env.STRIPE_API_URL);
    if (pathname !== "/")
      return "STRIPE_API_URL must be an origin without a path (Stripe's SDK calls /v1/… at the root)";
    if (env.STRIPE_SECRET_KEY?.startsWith("sk_live_") && LOCAL_HOSTS.has(hostname)) {
      return "STRIPE_SECRET_KEY is a live key, which must never be sent to a local sandbox (STRIPE_API_URL)";
    }
  }
  return undefined;
}

/** Production must never talk to the sandbox or run on its keys. */
function productionProblem(env: Env): string | undefined {
  const secrets: [string, string | undefined][] = [
    ["WHMCS_API_IDENTIFIER", env.WHMCS_API_IDENTIFIER],
    ["WHMCS_API_SECRET", env.WHMCS_API_SECRET],
    ["JELASTIC_ADMIN_TOKEN", env.JELASTIC_ADMIN_TOKEN],
    ["PAYPAL_CLIENT_ID", env.PAYPAL_CLIENT_ID],
    ["PAYPAL_CLIENT_SECRET", env.PAYPAL_CLIENT_SECRET],
  ];
  // The sandbox's Stripe credentials are sk_test_sandbox / whsec_sandbox_…: "sandbox" anywhere is refused.
  for (const [name, value] of [
    ["STRIPE_SECRET_KEY", env.STRIPE_SECRET_KEY],
    ["STRIPE_WEBHOOK_SECRET", env.STRIPE_WEBHOOK_SECRET],
  ] as const) {
    if (value?.toLowerCase().includes("sandbox")) {
      return `${name} is a sandbox credential, which APP_ENV=production refuses`;
    }
  }
  for (const [name, value] of secrets) {
    if (value?.startsWith(SANDBOX_SECRET_PREFIX)) {
      return `${name} is a sandbox credential, which APP_ENV=production refuses`;
    }
  }
  const urls: [string, string][] = [
    ["WHMCS_URL", env.WHMCS_URL],
    ["JELASTIC_URL", env.JELASTIC_URL],
    ["JELASTIC_REG_URL", env.JELASTIC_REG_URL],
    ...(env.STRIPE_API_URL ? [["STRIPE_API_URL", env.STRIPE_API_URL] as [string, string]] : []),
    ["PAYPAL_API_URL", env.PAYPAL_API_URL],
    ["PAYPAL_SDK_URL", env.PAYPAL_SDK_URL],
  ];
  for (const [name, value] of urls) {
    const { protocol, hostname } = new URL(value);
    if (protocol !== "https:") return `${name} must use https:// when APP_ENV=production`;
    if (LOCAL_HOSTS.has(hostname)) {
      return `${name} points at a local sandbox, which APP_ENV=production refuses`;
    }
  }
  if (!env.PORTAL_URL.startsWith("https://")) {
    return "PORTAL_URL must use https:// when APP_ENV=production";
  }
  return undefined;
}
