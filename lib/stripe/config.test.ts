import { describe, expect, it } from "vitest";
import { endpointFromUrl, stripeConfigFromEnv } from "./config";

describe("endpointFromUrl", () => {
  it("splits an origin into what the SDK takes", () => {
    expect(endpointFromUrl("http://127.0.0.1:4010")).toEqual({
      host: "127.0.0.1",
      port: 4010,
      protocol: "http",
    });
    expect(endpointFromUrl("https://stripe-proxy.example.com")).toEqual({
      host: "stripe-proxy.example.com",
      port: 443,
      protocol: "https",
    });
  });

  it("refuses a path (the SDK would ignore it)", () => {
    expect(() => endpointFromUrl("http://127.0.0.1:4010/stripe")).toThrow(/path/);
  });
});

describe("stripeConfigFromEnv", () => {
  it("is null until both the key and the webhook secret are set", () => {
    expect(stripeConfigFromEnv({ STRIPE_SECRET_KEY: "sk_test_x" })).toBeNull();
    expect(
      stripeConfigFromEnv({
        STRIPE_SECRET_KEY: "sk_test_x",
        STRIPE_WEBHOOK_SECRET: "whsec_x",
        STRIPE_TIMEOUT_MS: 5000,
      }),
    ).toEqual({
      secretKey: "sk_test_x",
      webhookSecret: "whsec_x",
      apiUrl: undefined,
      timeoutMs: 5000,
    });
  });
});
