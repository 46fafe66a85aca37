import { describe, expect, it } from "vitest";
import { formatValue, parseValue } from "./money";

describe("sandbox PayPal amounts", () => {
  it("parses and formats with the currency's digits", () => {
    expect(parseValue("10.5", "USD")).toBe(1050);
    expect(parseValue("10.50", "USD")).toBe(1050);
    expect(formatValue(1050, "USD")).toBe("10.50");
    expect(formatValue(7, "EUR")).toBe("0.07");
    expect(parseValue("1500", "JPY")).toBe(1500);
    expect(formatValue(1500, "JPY")).toBe("1500");
  });

  it("rejects too many decimals (PayPal's DECIMAL_PRECISION) and garbage", () => {
    expect(parseValue("10.001", "USD")).toBeNull();
    expect(parseValue("10.5", "JPY")).toBeNull();
    expect(parseValue("-1", "USD")).toBeNull();
    expect(parseValue("1e3", "USD")).toBeNull();
  });
});
