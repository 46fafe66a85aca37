import { describe, expect, it } from "vitest";
import { currencyDigits, formatMoney, money, toDecimalString, toMinorUnits } from "./money";

describe("toMinorUnits", () => {
  it.each([
    ["15.95", "USD", 1595],
    ["0.00", "USD", 0],
    ["12", "USD", 1200],
    ["-1.00", "USD", -100],
    [".5", "USD", 50],
    ["1234", "JPY", 1234],
    ["1.234", "KWD", 1234],
    ["0.1", "KWD", 100],
    ["  7.25 ", "EUR", 725],
  ] as const)("parses %s %s exactly", (value, currency, expected) => {
    expect(toMinorUnits(value, currency)).toBe(expected);
  });

  it("has no float drift on classic problem values", () => {
    expect(toMinorUnits(0.1 + 0.2, "USD")).toBe(30);
    expect(toMinorUnits(1.005, "USD")).toBe(101);
    expect(toMinorUnits(42.5, "USD")).toBe(4250);
    expect(toMinorUnits("4.35", "USD")).toBe(435);
    expect(toMinorUnits(4.35, "USD")).toBe(435);
    expect(toMinorUnits("19.99", "USD") * 3).toBe(5997);
  });

  it("rounds extra digits half away from zero", () => {
    expect(toMinorUnits("0.005", "USD")).toBe(1);
    expect(toMinorUnits("0.0049", "USD")).toBe(0);
    expect(toMinorUnits("-0.005", "USD")).toBe(-1);
    expect(toMinorUnits(42.499999999, "USD")).toBe(4250);
    expect(toMinorUnits("2.5", "JPY")).toBe(3);
  });

  it("accepts exponent notation", () => {
    expect(toMinorUnits(1e-7, "USD")).toBe(0);
    expect(toMinorUnits("1.5e2", "USD")).toBe(15000);
    expect(toMinorUnits("5E-3", "KWD")).toBe(5);
  });

  it("never returns negative zero", () => {
    expect(Object.is(toMinorUnits("-0.00", "USD"), 0)).toBe(true);
  });

  it.each(["", "abc", "1,5", "1.2.3", "$5", ".", "-", "NaN"])("rejects %j", (value) => {
    expect(() => toMinorUnits(value, "USD")).toThrow(RangeError);
  });

  it("rejects non-finite and unsafe amounts", () => {
    expect(() => toMinorUnits(Number.POSITIVE_INFINITY, "USD")).toThrow(RangeError);
    expect(() => toMinorUnits("900719925474099.99", "USD")).toThrow(RangeError);
  });

  it("rejects an unknown currency code", () => {
    expect(() => toMinorUnits("1", "NOTACODE")).toThrow(RangeError);
  });
});

describe("currency digits and formatting", () => {
  it("reads digits from Intl", () => {
    expect(currencyDigits("USD")).toBe(2);
    expect(currencyDigits("jpy")).toBe(0);
    expect(currencyDigits("KWD")).toBe(3);
  });

  it("builds Money with an upper-case code", () => {
    expect(money("12.00", "usd")).toEqual({ amountMinor: 1200, currency: "USD" });
  });

  it("prints the exact decimal text", () => {
    expect(toDecimalString({ amountMinor: 1250, currency: "USD" })).toBe("12.50");
    expect(toDecimalString({ amountMinor: -5, currency: "KWD" })).toBe("-0.005");
    expect(toDecimalString({ amountMinor: 7, currency: "USD" })).toBe("0.07");
    expect(toDecimalString({ amountMinor: 500, currency: "JPY" })).toBe("500");
  });

  it("formats per locale", () => {
    expect(formatMoney({ amountMinor: 4250, currency: "USD" }, "en-US")).toBe("$42.50");
    expect(formatMoney({ amountMinor: 123456, currency: "EUR" }, "de-DE")).toBe("1.234,56\u00a0€");
    expect(formatMoney({ amountMinor: 500, currency: "JPY" }, "en-US")).toBe("¥500");
    expect(formatMoney({ amountMinor: -1234, currency: "KWD" }, "en-US")).toMatch(/-KWD\s?1\.234/);
  });

  it("stays exact beyond float precision", () => {
    const big = { amountMinor: Number.MAX_SAFE_INTEGER, currency: "USD" };
    expect(formatMoney(big, "en-US")).toBe("$90,071,992,547,409.91");
  });
});
