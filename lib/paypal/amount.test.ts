import { describe, expect, it } from "vitest";
import { fromPayPalValue, paypalDigits, toPayPalValue } from "./amount";

describe("PayPal amounts", () => {
  it.each([
    [1050, "USD", "10.50"],
    [5, "EUR", "0.05"],
    [0, "USD", "0.00"],
    [123456789, "GBP", "1234567.89"],
    [1500, "JPY", "1500"],
    [25000, "KRW", "25000"],
    [1234, "HUF", "1234"],
    [9900, "TWD", "99"],
  ])("%i minor units of %s are sent as %s", (minor, currency, value) => {
    expect(toPayPalValue(minor, currency)).toBe(value);
  });

  it.each([
    ["10.50", "USD", 1050],
    ["0.05", "EUR", 5],
    ["1500", "JPY", 1500],
    ["25000", "KRW", 25000],
    ["1234", "HUF", 1234],
    ["99", "TWD", 9900],
    ["0.10", "usd", 10],
  ])("%s %s is read back as %i minor units", (value, currency, minor) => {
    expect(fromPayPalValue(value, currency)).toBe(minor);
  });

  it("knows PayPal's zero-decimal currencies", () => {
    expect(paypalDigits("JPY")).toBe(0);
    expect(paypalDigits("HUF")).toBe(0);
    expect(paypalDigits("TWD")).toBe(0);
    expect(paypalDigits("KRW")).toBe(0);
    expect(paypalDigits("USD")).toBe(2);
  });

  it("refuses amounts PayPal cannot take exactly", () => {
    expect(() => toPayPalValue(9950, "TWD")).toThrow(RangeError);
    expect(() => toPayPalValue(10.5, "USD")).toThrow(RangeError);
    expect(() => toPayPalValue(-100, "USD")).toThrow(RangeError);
  });
});
