import { describe, expect, it } from "vitest";
import { attoToMinor, formatAtto, parseDecimalAtto } from "./decimal";

const E18 = 10n ** 18n;

describe("parseDecimalAtto", () => {
  it.each<[number | string, bigint]>([
    [0, 0n],
    ["0", 0n],
    [1, E18],
    [0.004455, 4_455_000_000_000_000n],
    ["0.004455", 4_455_000_000_000_000n],
    [" 12.50 ", 12_500_000_000_000_000_000n],
    [1e-7, 100_000_000_000n],
    ["1.5E-7", 150_000_000_000n],
    ["2e3", 2000n * E18],
    ["0.000000000000000001", 1n],
    ["0.1000000000000000000", E18 / 10n],
    [0.30000000000000004, 300_000_000_000_000_040n],
  ])("reads %s exactly", (input, expected) => {
    expect(parseDecimalAtto(input)).toBe(expected);
  });

  it.each<number | string>([
    -0.01,
    "-1",
    "",
    "abc",
    "1,5",
    "0x10",
    "1.",
    ".5",
    Number.NaN,
    Number.POSITIVE_INFINITY,
    "0.0000000000000000001",
    5e-324,
    "1e999999",
    "1e31",
  ])("refuses %s", (input) => {
    expect(parseDecimalAtto(input)).toBeUndefined();
  });
});

describe("formatAtto", () => {
  it("prints the shortest exact decimal", () => {
    expect(formatAtto(4_455_000_000_000_000n)).toBe("0.004455");
    expect(formatAtto(3n * E18)).toBe("3");
    expect(formatAtto(0n)).toBe("0");
    expect(formatAtto(4_455_000_000_000_000n * 730n)).toBe("3.25215");
  });
});

describe("attoToMinor", () => {
  it("rounds half-up exactly once", () => {
    expect(attoToMinor(5n * 10n ** 15n, 2)).toBe(1); // €0.005 → 1 cent
    expect(attoToMinor(5n * 10n ** 15n - 1n, 2)).toBe(0);
    expect(attoToMinor(145n * 10n ** 15n, 2)).toBe(15); // 0.145 * 100 is 14.499999… as a double
    expect(attoToMinor(1_500_000_000_000_000_000n, 0)).toBe(2);
    expect(attoToMinor(1_234_500_000_000_000_000n, 3)).toBe(1235);
  });

  it("refuses negative or unsafe amounts", () => {
    expect(() => attoToMinor(-1n, 2)).toThrow(RangeError);
    expect(() => attoToMinor(10n ** 40n, 2)).toThrow(RangeError);
  });
});
