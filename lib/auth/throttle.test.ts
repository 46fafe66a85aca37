import { describe, expect, it } from "vitest";
import { retryAfterMs, throttleKeys } from "./throttle";

const policy = { maxFailures: 3, windowMs: 60_000 };
const start = new Date("2026-11-25T10:00:00Z");

describe("sign-in throttle", () => {
  it("lets a key with no failures through", () => {
    expect(retryAfterMs(null, start, policy)).toBe(0);
  });

  it("lets a key below the limit through", () => {
    expect(retryAfterMs({ count: 2, windowStart: start }, start, policy)).toBe(0);
  });

  it("refuses a key at the limit until its window ends", () => {
    const now = new Date(start.getTime() + 20_000);
    expect(retryAfterMs({ count: 3, windowStart: start }, now, policy)).toBe(40_000);
  });

  it("lets the key through again once the window has passed", () => {
    const later = new Date(start.getTime() + 61_000);
    expect(retryAfterMs({ count: 9, windowStart: start }, later, policy)).toBe(0);
  });

  it("protects the email and the network address separately", () => {
    expect(throttleKeys("a@b.test", "10.0.0.1").map((k) => k.key)).toEqual([
      "signin:email:a@b.test",
      "signin:ip:10.0.0.1",
    ]);
  });

  it("does not pool every client without a known address into one bucket", () => {
    expect(throttleKeys("a@b.test", "unknown").map((k) => k.key)).toEqual([
      "signin:email:a@b.test",
    ]);
  });
});
