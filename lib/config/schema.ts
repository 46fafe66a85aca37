import { z } from "zod";

/**
 * Every setting the portal reads, with what it connects to. `.env.example` documents the same list;
 * a test keeps the two in step. This module is pure so start-up scripts can validate before Next starts.
 */
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().min(1).optional());
const url = (what: string) =>
  z.preprocess(emptyAsUndefined, z.url({ message: `expected ${what} as an absolute http(s) URL` }));
const int = (fallback: number, min: number, max: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).max(max).default(fallback));

export const envSchema = z.object({
  APP_ENV: z.preprocess(
    emptyAsUndefined,
    z.enum(["development", "test", "production"]).default("development"),
  ),
  PORTAL_URL: url("the portal's public base URL").default("http://127.0.0.1:3000"),
  AUTH_SECRET: z.string({ message: "expected a random secret of at least 32 characters" }).min(32, {
    message: "expected a random secret of at least 32 characters",
  }),

  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: "expected a postgres:// connection string" })
      .optional(),
  ),
  DB_POOL_MAX: int(10, 1, 200),
  PGLITE_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/pglite")),

  WHMCS_URL: url("the WHMCS root URL (the folder that holds includes/api.php)"),
  WHMCS_API_IDENTIFIER: z
    .string({ message: "expected the WHMCS API credential identifier" })
    .min(1),
  WHMCS_API_SECRET: z.string({ message: "expected the WHMCS API credential secret" }).min(1),
  WHMCS_ACCESS_KEY: optionalString,

  JELASTIC_URL: url("the platform API host, e.g. https://app.example.com"),
  JELASTIC_REG_URL: url("the platform registration host, e.g. https://reg.example.com"),
  JELASTIC_ADMIN_TOKEN: z.string({ message: "expected a platform admin access token" }).min(1),

  PAYPAL_CLIENT_ID: optionalString,
  PAYPAL_CLIENT_SECRET: optionalString,
  PAYPAL_API_URL: url("the PayPal REST API base, e.g. https://api-m.paypal.com").default(
    "https://api-m.paypal.com",
  ),
  PAYPAL_SDK_URL: url("the PayPal JS SDK URL, e.g. https://www.paypal.com/sdk/js").default(
    "https://www.paypal.com/sdk/js",
  ),
  PAYPAL_WEBHOOK_ID: optionalString,

  UPSTREAM_TIMEOUT_MS: int(10_000, 100, 600_000),

  // Card payments (Stripe). Unset key: card payments are not offered.
  STRIPE_SECRET_KEY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(sk|rk)_(test|live)_\w+$/, {
        message: "expected a Stripe secret key (sk_live_… / sk_test_…)",
      })
      .optional(),
  ),
  STRIPE_WEBHOOK_SECRET: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .startsWith("whsec_", { message: "expected a webhook signing secret (whsec_…)" })
      .optional(),
  ),
  STRIPE_API_URL: url("the Stripe API origin (no path), e.g. http://127.0.0.1:4010").optional(),
  STRIPE_TIMEOUT_MS: int(30_000, 1_000, 120_000),
  SMTP_URL: url("an smtp:// URL").optional(),
  MAIL_FROM: optionalString,

  HOSTER_NAME: z.preprocess(emptyAsUndefined, z.string().max(80).default("Demo Cloud")),
  HOSTER_LOGO_URL: z.preprocess(emptyAsUndefined, z.string().optional()),
  BRAND_COLOR: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { message: "expected a colour like #1d4ed8" })
      .default("#1d4ed8"),
  ),
  SUPPORT_EMAIL: z.preprocess(emptyAsUndefined, z.email().default("support@example.com")),
  SUPPORT_URL: url("a support page URL").optional(),
  TERMS_URL: url("the Terms of Service URL").optional(),
  CURRENCY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Z]{3}$/, { message: "expected an ISO 4217 code like USD" })
      .default("USD"),
  ),
  DEFAULT_LOCALE: z.preprocess(emptyAsUndefined, z.enum(["en", "de"]).default("en")),

  // Payments and settlement (docs/payments-saga.md)
  WHMCS_RECHARGE_PRODUCT_ID: int(1, 1, 2_147_483_647),
  WHMCS_CREDIT_GATEWAY: z.preprocess(emptyAsUndefined, z.string().min(1).default("mailin")),
  PLATFORM_BILLING_GROUP: z.preprocess(emptyAsUndefined, z.string().min(1).default("billing")),
  REFILL_MIN_MINOR: int(1_000, 1, 100_000_000),
  REFILL_MAX_MINOR: int(100_000, 1, 100_000_000),
  /** The slider's step; typed amounts may be any whole minor unit between min and max. */
  REFILL_STEP_MINOR: int(500, 1, 100_000_000),
  /** Other payment methods the hoster takes by arrangement ("contact us"), comma-separated. */
  PAYMENT_CONTACT_METHODS: z.preprocess(emptyAsUndefined, z.string().max(500).default("")),
  /** How often auto-refill compares balances with their thresholds. */
  AUTO_REFILL_CHECK_MINUTES: int(5, 1, 1440),
  PAYMENT_STUCK_MINUTES: int(10, 1, 10_080),
  PAYMENT_ABANDON_MINUTES: int(120, 5, 43_200),
  JOBS_IN_PORTAL: z.preprocess(emptyAsUndefined, z.enum(["true", "false"]).default("true")),

  SIGNIN_MAX_FAILURES: int(5, 1, 100),
  SIGNIN_WINDOW_MINUTES: int(15, 1, 1440),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(["debug", "info", "warn", "error"]).default("info"),
  ),
});

export type Env = z.infer<typeof envSchema>;
