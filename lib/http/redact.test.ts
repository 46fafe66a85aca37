import { describe, expect, it } from "vitest";
import { UpstreamError } from "./errors";
import { createLogger } from "./logger";
import { isSecretName, redactParams, redactText, redactValue } from "./redact";

describe("isSecretName", () => {
  it.each([
    "secret",
    "identifier",
    "password",
    "password2",
    "session",
    "accesskey",
    "token",
    "access_token",
    "key",
    "Password2",
    "api_key",
    "card[key]",
  ])("treats %s as secret", (name) => expect(isSecretName(name)).toBe(true));

  it.each(["email", "action", "login", "monkey", "pid[0]", "sessions_count", "keyword"])(
    "leaves %s alone",
    (name) => expect(isSecretName(name)).toBe(false),
  );
});

describe("redactText", () => {
  it("scrubs form bodies and query strings", () => {
    const body =
      "action=GetInvoices&identifier=ID123&secret=S3CR3T&accesskey=AK&responsetype=json&password2=hunter2";
    expect(redactText(body)).toBe(
      "action=GetInvoices&identifier=[redacted]&secret=[redacted]&accesskey=[redacted]&responsetype=json&password2=[redacted]",
    );
    expect(redactText("https://h/oauth/singlesignon.php?access_token=abc&x=1")).toBe(
      "https://h/oauth/singlesignon.php?access_token=[redacted]&x=1",
    );
    expect(redactText("GET /dashboard/auth?key=0123abcd")).toBe(
      "GET /dashboard/auth?key=[redacted]",
    );
  });

  it("scrubs JSON pairs and platform-style messages", () => {
    expect(redactText('{"session":"abc","uid":1,"token": "t0k"}')).toBe(
      '{"session":"[redacted]","uid":1,"token": "[redacted]"}',
    );
    expect(redactText("user is not authenticated: session [a4c9e1f0] expired")).toBe(
      "user is not authenticated: session [redacted] expired",
    );
    expect(redactText("password: hunter2 rejected")).toBe("password: [redacted] rejected");
    expect(redactText("Authorization: Bearer eyJhbGciOi.x.y")).not.toContain("eyJ");
    expect(redactText("sent Bearer eyJhbGciOi.x.y")).toBe("sent Bearer [redacted]");
  });

  it("is idempotent", () => {
    const once = redactText('session [abc] {"token":"t"} key=v Bearer x.y', ["abcd"]);
    expect(redactText(once, ["abcd"])).toBe(once);
  });

  it("scrubs known secret values anywhere", () => {
    expect(redactText("failed for s3cr3t-value!", ["s3cr3t-value"])).toBe("failed for [redacted]!");
    // Very short values are not treated as secrets, so words survive.
    expect(redactText("a b c", ["a"])).toBe("a b c");
  });

  it("leaves ordinary text alone", () => {
    const text = "whmcs GetInvoices answered HTTP 500 (text/html) at http://127.0.0.1:4010/x";
    expect(redactText(text)).toBe(text);
  });
});

describe("redactParams / redactValue", () => {
  it("replaces secret fields by name", () => {
    const form = new URLSearchParams({ login: "a@b.c", password: "pw", appid: "1dd8" });
    expect(redactParams(form)).toEqual({ login: "a@b.c", password: "[redacted]", appid: "1dd8" });
  });

  it("walks objects, arrays and errors", () => {
    const error = new UpstreamError({
      service: "jelastic",
      action: "billing/account/getaccount",
      kind: "business",
      code: 702,
      message: "session [abcdef] expired",
    });
    expect(redactValue({ nested: [{ session: "x" }], error }, [])).toEqual({
      nested: [{ session: "[redacted]" }],
      error: {
        name: "UpstreamError",
        message: "session [redacted] expired",
        kind: "business",
        service: "jelastic",
        action: "billing/account/getaccount",
        status: undefined,
        code: 702,
      },
    });
  });
});

describe("createLogger", () => {
  it("writes JSON lines at or above its level, redacted", () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: "info",
      write: (line) => lines.push(line),
      secrets: ["sandbox_whmcs_secret"],
      base: { component: "test" },
      now: () => new Date("2026-01-01T00:00:00Z"),
    });
    logger.debug("hidden");
    logger.info("call sandbox_whmcs_secret", { password: "pw1234", body: "secret=abc&x=1" });
    logger.error("boom", { error: new Error("token=zzz9 leaked") });
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? "")).toEqual({
      time: "2026-01-01T00:00:00.000Z",
      level: "info",
      msg: "call [redacted]",
      component: "test",
      password: "[redacted]",
      body: "secret=[redacted]&x=1",
    });
    expect(lines.join("\n")).not.toMatch(/sandbox_whmcs_secret|pw1234|abc&|zzz9/);
  });

  it("defaults to stderr without throwing on odd values", () => {
    const logger = createLogger({ level: "error", write: () => {} });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => logger.error("x", { big: 1n, circular })).not.toThrow();
  });
});
