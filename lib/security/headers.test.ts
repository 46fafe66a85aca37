import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./headers";

describe("security headers", () => {
  it("allows scripts only with the request's nonce and forbids framing", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("lets SSO form posts redirect only to the configured upstream hosts", () => {
    const csp = contentSecurityPolicy("n", {
      dev: false,
      formOrigins: ["https://app.example.com"],
    });
    expect(csp).toContain("form-action 'self' https://app.example.com");
  });

  it("allows the configured payment SDK origin for scripts, frames and calls, and nothing by default", () => {
    const csp = contentSecurityPolicy("n", {
      dev: false,
      paymentOrigins: ["https://www.paypal.com", "https://*.paypal.com"],
    });
    expect(csp).toContain("'strict-dynamic' https://www.paypal.com https://*.paypal.com");
    expect(csp).toContain("frame-src 'self' https://www.paypal.com https://*.paypal.com");
    expect(csp).toContain("connect-src 'self' https://www.paypal.com https://*.paypal.com");
    expect(contentSecurityPolicy("n", { dev: false })).not.toContain("frame-src");
  });

  it("sends HSTS only in production", () => {
    expect(securityHeaders({ production: true })["Strict-Transport-Security"]).toMatch(/max-age=/);
    expect(securityHeaders({ production: false })["Strict-Transport-Security"]).toBeUndefined();
  });
});
