import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it("keeps a same-site path with its query", () => {
    expect(safeCallbackPath("/environments?status=running")).toBe("/environments?status=running");
  });

  it.each([
    "https://evil.test/",
    "//evil.test",
    "/\\evil.test",
    "javascript:alert(1)",
    "",
    undefined,
    "/login",
    "/api/auth/signout",
  ])("sends %s home", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });
});
