import { describe, expect, it } from "vitest";
import {
  amountFieldText,
  initialAmount,
  readTypedAmount,
  sliderFraction,
  sliderKeyValue,
  sliderValueAt,
  snapToStep,
} from "./amount-input";

// $10 … $1,000 in $5 steps (the defaults), and an awkward range whose max is off the grid.
const range = { minMinor: 1_000, maxMinor: 100_000, stepMinor: 500 };
const offGrid = { minMinor: 1_000, maxMinor: 2_250, stepMinor: 500 };

describe("amount slider", () => {
  it("snaps to the nearest step from the minimum, and the maximum is always reachable", () => {
    expect(snapToStep(1_249, range)).toBe(1_000);
    expect(snapToStep(1_250, range)).toBe(1_500);
    expect(snapToStep(5, range)).toBe(1_000);
    expect(snapToStep(1_000_000, range)).toBe(100_000);
    expect(snapToStep(2_200, offGrid)).toBe(2_250);
    expect(snapToStep(2_050, offGrid)).toBe(2_000);
  });

  it("moves by one step with the arrows, ten with PageUp/PageDown, to the ends with Home/End", () => {
    expect(sliderKeyValue(2_500, "ArrowRight", range)).toBe(3_000);
    expect(sliderKeyValue(2_500, "ArrowUp", range)).toBe(3_000);
    expect(sliderKeyValue(2_500, "ArrowLeft", range)).toBe(2_000);
    expect(sliderKeyValue(2_500, "ArrowDown", range)).toBe(2_000);
    expect(sliderKeyValue(2_500, "PageUp", range)).toBe(7_500);
    expect(sliderKeyValue(7_500, "PageDown", range)).toBe(2_500);
    expect(sliderKeyValue(2_500, "Home", range)).toBe(1_000);
    expect(sliderKeyValue(2_500, "End", range)).toBe(100_000);
    expect(sliderKeyValue(2_500, "Tab", range)).toBeNull();
  });

  it("never leaves the range and lands on the next stop from a typed amount off the grid", () => {
    expect(sliderKeyValue(1_000, "ArrowLeft", range)).toBe(1_000);
    expect(sliderKeyValue(1_000, "PageDown", range)).toBe(1_000);
    expect(sliderKeyValue(100_000, "ArrowRight", range)).toBe(100_000);
    expect(sliderKeyValue(99_000, "PageUp", range)).toBe(100_000);
    expect(sliderKeyValue(1_234, "ArrowRight", range)).toBe(1_500);
    expect(sliderKeyValue(1_234, "ArrowLeft", range)).toBe(1_000);
    expect(sliderKeyValue(2_000, "ArrowRight", offGrid)).toBe(2_250);
    expect(sliderKeyValue(2_250, "ArrowLeft", offGrid)).toBe(2_000);
  });

  it("maps pointer positions to stops and values back to positions", () => {
    expect(sliderValueAt(0, range)).toBe(1_000);
    expect(sliderValueAt(1, range)).toBe(100_000);
    expect(sliderValueAt(0.5, range)).toBe(50_500);
    expect(sliderValueAt(-3, range)).toBe(1_000);
    expect(sliderFraction(1_000, range)).toBe(0);
    expect(sliderFraction(100_000, range)).toBe(1);
  });
});

describe("typed amount", () => {
  it("accepts any whole minor unit in range, not only the slider's steps", () => {
    expect(readTypedAmount("12.34", "USD", range)).toEqual({ ok: true, amountMinor: 1_234 });
    expect(readTypedAmount("10", "USD", range)).toEqual({ ok: true, amountMinor: 1_000 });
    expect(readTypedAmount(" 1000,00 ", "USD", range)).toEqual({ ok: true, amountMinor: 100_000 });
  });

  it("refuses out-of-range amounts, too many decimals and text", () => {
    expect(readTypedAmount("9.99", "USD", range)).toEqual({ ok: false, error: "below_min" });
    expect(readTypedAmount("1000.01", "USD", range)).toEqual({ ok: false, error: "above_max" });
    expect(readTypedAmount("12.345", "USD", range)).toEqual({ ok: false, error: "format" });
    expect(readTypedAmount("ten", "USD", range)).toEqual({ ok: false, error: "format" });
    expect(readTypedAmount("", "USD", range)).toEqual({ ok: false, error: "format" });
    expect(readTypedAmount("-20", "USD", range)).toEqual({ ok: false, error: "format" });
  });

  it("shows values as plain decimals of the currency", () => {
    expect(amountFieldText(2_500, "USD")).toBe("25.00");
    expect(amountFieldText(2_500, "JPY")).toBe("2500");
  });

  it("starts from a requested amount (a failed attempt's) kept inside the range", () => {
    expect(initialAmount(2_345, range)).toBe(2_345);
    expect(initialAmount(null, range)).toBe(1_000);
    expect(initialAmount(5_000_000, range)).toBe(100_000);
  });
});
