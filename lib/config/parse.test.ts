import { describe, expect, it } from "vitest";
import { parseEnv } from "./parse";

const valid = {
  AUTH_SECRET: "x".repeat(40),
  WHMCS_URL: "http://127.0.0.1:4010/whmcs",
  WHMCS_API_IDENTIFIER: "sandbox_whmcs_identifier",
  WHMCS_API_SECRET: "sandbox_whmcs_secret",
  JELASTIC_URL: "http://127.0.0.1:4010/jelastic",
  JELASTIC_REG_URL: "http://127.0.0.1:4010/jelastic-reg",
  JELASTIC_ADMIN_TOKEN: "sandbox_platform_admin_token",
};

const production = {
  ...valid,
  APP_ENV: "production",
  PORTAL_URL: "https://portal.example.com",
  WHMCS_URL: "https://billing.example.com",
  WHMCS_API_IDENTIFIER: "id-live",
  WHMCS_API_SECRET: "secret-live",
  JELASTIC_URL: "https://app.example.com",
  JELASTIC_REG_URL: "https://reg.example.com",
  JELASTIC_ADMIN_TOKEN: "live-token",
};

describe("parseEnv", () => {
  it("accepts a complete sandbox configuration with defaults filled in", () => {
    const result = parseEnv(valid);
    expect(result.ok && result.env.CURRENCY).toBe("USD");
    expect(result.ok && result.env.PGLITE_DIR).toBe(".data/pglite");
  });

  it("names a missing variable in one line", () => {
    const { WHMCS_URL: _omitted, ...rest } = valid;
    const result = parseEnv(rest);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^WHMCS_URL is missing/) });
  });

  it("names a malformed variable and what is expected", () => {
    const result = parseEnv({ ...valid, BRAND_COLOR: "blue" });
    expect(result).toEqual({ ok: false, message: "BRAND_COLOR expected a colour like #1d4ed8" });
  });

  it("rejects a short AUTH_SECRET", () => {
    const result = parseEnv({ ...valid, AUTH_SECRET: "short" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^AUTH_SECRET /);
  });

  it("treats empty strings as unset", () => {
    const result = parseEnv({ ...valid, DATABASE_URL: "" });
    expect(result.ok && result.env.DATABASE_URL).toBeUndefined();
  });

  it("accepts a real production configuration", () => {
    expect(parseEnv(production).ok).toBe(true);
  });

  it("refuses sandbox credentials in production", () => {
    const result = parseEnv({
      ...production,
      JELASTIC_ADMIN_TOKEN: "sandbox_platform_admin_token",
    });
    expect(!result.ok && result.message).toMatch(/^JELASTIC_ADMIN_TOKEN is a sandbox credential/);
  });

  it("refuses sandbox URLs in production", () => {
    const result = parseEnv({ ...production, WHMCS_URL: "https://127.0.0.1:4010/whmcs" });
    expect(!result.ok && result.message).toMatch(/^WHMCS_URL points at a local sandbox/);
  });

  it("refuses plain http upstreams in production", () => {
    const result = parseEnv({ ...production, JELASTIC_URL: "http://app.example.com" });
    expect(!result.ok && result.message).toMatch(/^JELASTIC_URL must use https/);
  });

  describe("Stripe", () => {
    const sandboxStripe = {
      STRIPE_SECRET_KEY: "sk_test_sandbox",
      STRIPE_WEBHOOK_SECRET: "whsec_sandbox_stripe_webhook_secret",
      STRIPE_API_URL: "http://127.0.0.1:4010",
    };
    const liveStripe = {
      STRIPE_SECRET_KEY: "sk_live_abc123",
      STRIPE_WEBHOOK_SECRET: "whsec_abc123",
    };

    it("is optional, and takes the sandbox settings outside production", () => {
      expect(parseEnv(valid).ok && parseEnv(valid)).toMatchObject({
        env: { STRIPE_TIMEOUT_MS: 30000 },
      });
      const result = parseEnv({ ...valid, ...sandboxStripe });
      expect(result.ok && result.env.STRIPE_API_URL).toBe("http://127.0.0.1:4010");
    });

    it("needs the webhook secret with the key", () => {
      const result = parseEnv({ ...valid, STRIPE_SECRET_KEY: "sk_test_abc" });
      expect(!result.ok && result.message).toMatch(/^STRIPE_WEBHOOK_SECRET is missing/);
    });

    it("refuses malformed keys and an API URL with a path", () => {
      const key = parseEnv({ ...valid, ...sandboxStripe, STRIPE_SECRET_KEY: "pk_test_abc" });
      expect(!key.ok && key.message).toMatch(/^STRIPE_SECRET_KEY expected a Stripe secret key/);
      const path = parseEnv({
        ...valid,
        ...sandboxStripe,
        STRIPE_API_URL: "http://127.0.0.1:4010/v1",
      });
      expect(!path.ok && path.message).toMatch(/^STRIPE_API_URL must be an origin/);
    });

    it("never sends a live key to a local stand-in", () => {
      const result = parseEnv({ ...valid, ...sandboxStripe, STRIPE_SECRET_KEY: "sk_live_abc123" });
      expect(!result.ok && result.message).toMatch(/^STRIPE_SECRET_KEY is a live key/);
    });

    it("accepts real Stripe in production", () => {
      expect(parseEnv({ ...production, ...liveStripe }).ok).toBe(true);
    });

    it("refuses the sandbox's key, secret and URL in production", () => {
      const key = parseEnv({ ...production, ...liveStripe, STRIPE_SECRET_KEY: "sk_test_sandbox" });
      expect(!key.ok && key.message).toMatch(/^STRIPE_SECRET_KEY is a sandbox credential/);
      const secret = parseEnv({
        ...production,
        ...liveStripe,
        STRIPE_WEBHOOK_SECRET: "whsec_sandbox_stripe_webhook_secret",
      });
      expect(!secret.ok && secret.message).toMatch(
        /^STRIPE_WEBHOOK_SECRET is a sandbox credential/,
      );
      const local = parseEnv({
        ...production,
        STRIPE_SECRET_KEY: "sk_test_abc123",
        STRIPE_WEBHOOK_SECRET: "whsec_abc123",
        STRIPE_API_URL: "https://localhost:4010",
      });
      expect(!local.ok && local.message).toMatch(/^STRIPE_API_URL points at a local sandbox/);
      const http = parseEnv({
        ...production,
        ...liveStripe,
        STRIPE_API_URL: "http://stripe.example.com",
      });
      expect(!http.ok && http.message).toMatch(/^STRIPE_API_URL must use https/);
    });
  });
});
