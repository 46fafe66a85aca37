import { describe, expect, it } from "vitest";
import { chargeToMinor, chargeToMoney, minorToCharge, toChargeUnits } from "./charges";

describe("charge units", () => {
  it("keeps four digits below the cent, exactly", () => {
    expect(toChargeUnits("0.0137", "USD")).toBe(13_700);
    expect(toChargeUnits(0.1 + 0.2, "USD")).toBe(300_000);
    expect(toChargeUnits("1e-5", "USD")).toBe(10);
    expect(toChargeUnits(12.5, "USD")).toBe(12_500_000);
    expect(toChargeUnits("-0.5", "USD")).toBe(-500_000);
    expect(toChargeUnits("3", "JPY")).toBe(30_000);
  });

  it("refuses what is not a decimal", () => {
    expect(() => toChargeUnits("abc", "USD")).toThrow(RangeError);
    expect(() => toChargeUnits(Number.NaN, "USD")).toThrow(RangeError);
  });

  it("rounds to the cent once, half away from zero", () => {
    expect(chargeToMinor(14_999)).toBe(1);
    expect(chargeToMinor(15_000)).toBe(2);
    expect(chargeToMinor(-15_000)).toBe(-2);
    expect(chargeToMinor(4_999)).toBe(0);
    expect(chargeToMoney(1_234_567, "usd")).toEqual({ amountMinor: 123, currency: "USD" });
    expect(minorToCharge(4250)).toBe(42_500_000);
  });
});
