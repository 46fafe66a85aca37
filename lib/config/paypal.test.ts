import { describe, expect, it } from "vitest";
import { parseEnv } from "./parse";
import { paypalCspOrigins, paypalSettings } from "./paypal";

/** PayPal settings: optional as a pair, refused in production when they point at the sandbox. */
const base = {
  AUTH_SECRET: "x".repeat(40),
  WHMCS_URL: "https://billing.example.com",
  WHMCS_API_IDENTIFIER: "id-live",
  WHMCS_API_SECRET: "secret-live",
  JELASTIC_URL: "https://app.example.com",
  JELASTIC_REG_URL: "https://reg.example.com",
  JELASTIC_ADMIN_TOKEN: "live-token",
};
const production = { ...base, APP_ENV: "production", PORTAL_URL: "https://portal.example.com" };
const live = {
  PAYPAL_CLIENT_ID: "AbCliveClientId",
  PAYPAL_CLIENT_SECRET: "live-secret",
  PAYPAL_WEBHOOK_ID: "8PT597110X687430LKGECATA",
};
const sandbox = {
  PAYPAL_CLIENT_ID: "sandbox_paypal_client_id",
  PAYPAL_CLIENT_SECRET: "sandbox_paypal_client_secret",
  PAYPAL_API_URL: "http://127.0.0.1:4010/paypal",
  PAYPAL_SDK_URL: "http://127.0.0.1:4010/paypal/sdk/js",
};

function env(source: Record<string, string>) {
  const result = parseEnv(source);
  if (!result.ok) throw new Error(result.message);
  return result.env;
}

describe("PayPal configuration", () => {
  it("is off when no credentials are set, with PayPal's live URLs as defaults", () => {
    const parsed = env(base);
    expect(paypalSettings(parsed)).toBeNull();
    expect(paypalCspOrigins(parsed)).toEqual([]);
    expect(parsed.PAYPAL_API_URL).toBe("https://api-m.paypal.com");
    expect(parsed.PAYPAL_SDK_URL).toBe("https://www.paypal.com/sdk/js");
  });

  it("needs the client id and secret together", () => {
    const result = parseEnv({ ...base, PAYPAL_CLIENT_ID: "abc" });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/PAYPAL_CLIENT_SECRET/) });
  });

  it("allows PayPal's hosts in the CSP for the live SDK, and only the sandbox origin otherwise", () => {
    expect(paypalCspOrigins(env({ ...base, ...live }))).toEqual([
      "https://www.paypal.com",
      "https://*.paypal.com",
      "https://*.paypalobjects.com",
    ]);
    expect(paypalCspOrigins(env({ ...base, ...sandbox }))).toEqual(["http://127.0.0.1:4010"]);
  });

  it("accepts live PayPal settings in production", () => {
    expect(paypalSettings(env({ ...production, ...live }))).toMatchObject({
      apiUrl: "https://api-m.paypal.com",
      clientId: "AbCliveClientId",
      webhookId: "8PT597110X687430LKGECATA",
    });
  });

  it.each([
    [{ ...live, PAYPAL_CLIENT_ID: "sandbox_paypal_client_id" }, /PAYPAL_CLIENT_ID is a sandbox/],
    [{ ...live, PAYPAL_CLIENT_SECRET: "sandbox_paypal_client_secret" }, /PAYPAL_CLIENT_SECRET/],
    [{ ...live, PAYPAL_API_URL: "http://api.example.com" }, /PAYPAL_API_URL must use https/],
    [
      { ...live, PAYPAL_API_URL: "https://127.0.0.1:4010/paypal" },
      /PAYPAL_API_URL points at a local/,
    ],
    [{ ...live, PAYPAL_SDK_URL: "http://127.0.0.1:4010/paypal/sdk/js" }, /PAYPAL_SDK_URL/],
  ])("refuses sandbox PayPal settings in production (%#)", (paypal, message) => {
    const result = parseEnv({ ...production, ...paypal });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(message) });
  });
});
