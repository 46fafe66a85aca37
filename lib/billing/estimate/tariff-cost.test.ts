import { describe, expect, it } from "vitest";
import type { Tariff } from "./pricing-model";
import {
  dynamicCost,
  reservedCost,
  storageCost,
  tierIndex,
  trafficCost,
  unitCost,
} from "./tariff-cost";

/** Prices of 1, 2, 3 currency units keep the expected atto amounts readable. */
const U = 10n ** 18n;
const tariff = (...tiers: [value: number, price: number, free?: number][]): Tariff => ({
  keyword: "test",
  tiers: tiers.map(([value, price, free = 0]) => ({ value, price, free })),
});
const stepped = tariff([1, 3], [8, 2], [15, 1]);

describe("tierIndex", () => {
  it.each([
    [0, -1],
    [1, 0],
    [7, 0],
    [8, 1],
    [14, 1],
    [15, 2],
    [10_000, 2],
  ])("puts %i units in tier %i", (units, index) => {
    expect(tierIndex(stepped.tiers, units)).toBe(index);
  });
});

describe("reservedCost", () => {
  it("charges nothing for no reserved cloudlets", () => {
    expect(reservedCost(stepped, 0)).toBe(0n);
  });

  it.each([
    [1, 3n],
    [7, 21n], // one below the boundary: the first tier's price
    [8, 16n], // exactly on it: every cloudlet at the discounted price
    [9, 18n],
    [15, 15n],
    [1000, 1000n], // the highest tier is open-ended
  ])("prices %i cloudlets at %i units", (cloudlets, units) => {
    expect(reservedCost(stepped, cloudlets)).toBe(units * U);
  });

  it("charges only the tier's lower bound while within its free cloudlets", () => {
    const withFree = tariff([1, 3], [8, 2, 2]);
    expect(reservedCost(withFree, 8)).toBe(16n * U);
    expect(reservedCost(withFree, 10)).toBe(16n * U);
    expect(reservedCost(withFree, 11)).toBe(22n * U);
    expect(reservedCost(tariff([0, 1, 3]), 3)).toBe(0n);
  });

  it("uses the first tier's price below its lower bound", () => {
    expect(reservedCost(tariff([4, 2, 10]), 3)).toBe(6n * U);
  });
});

describe("dynamicCost", () => {
  it.each([
    [0, 0n],
    [7, 21n],
    [8, 16n],
    [20, 20n],
  ])("prices %i dynamic cloudlets at %i units", (cloudlets, units) => {
    expect(dynamicCost(stepped, cloudlets)).toBe(units * U);
  });

  it("makes free cloudlets cover all or nothing", () => {
    const withFree = tariff([0, 2, 4]);
    expect(dynamicCost(withFree, 4)).toBe(0n);
    expect(dynamicCost(withFree, 5)).toBe(10n * U);
  });
});

describe("storageCost", () => {
  it("is free below the first bound and deducts free GB above it", () => {
    expect(storageCost(tariff([5, 1]), 4)).toBe(0n);
    expect(storageCost(tariff([0, 1, 10]), 10)).toBe(0n);
    expect(storageCost(tariff([0, 1, 10]), 11)).toBe(1n * U);
    expect(storageCost(tariff([0, 2], [100, 1]), 150)).toBe(150n * U);
  });
});

describe("unitCost", () => {
  it("charges every unit once the free ones are exceeded", () => {
    const ips = tariff([0, 1, 1]);
    expect(unitCost(ips, 0)).toBe(0n);
    expect(unitCost(ips, 1)).toBe(0n);
    expect(unitCost(ips, 2)).toBe(2n * U);
    expect(unitCost(tariff([1, 3]), 0)).toBe(0n);
  });
});

describe("trafficCost", () => {
  it("charges only the GB above the free ones", () => {
    const traffic = tariff([0, 1, 10]);
    expect(trafficCost(traffic, 10)).toBe(0n);
    expect(trafficCost(traffic, 12)).toBe(2n * U);
    expect(trafficCost(tariff([5, 1]), 4)).toBe(0n);
  });
});

it("refuses a malformed price instead of guessing", () => {
  const broken: Tariff = { keyword: "x", tiers: [{ value: 0, price: "1,5", free: 0 }] };
  expect(() => unitCost(broken, 1)).toThrow(RangeError);
});
