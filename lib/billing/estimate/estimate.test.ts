import { describe, expect, it } from "vitest";
import fixture from "./__fixtures__/pricing-model.json";
import { estimateCost, InvalidTopologyError } from "./estimate";
import { parsePricingModel, type PricingModel } from "./pricing-model";
import type { Layer, Topology } from "./topology";

const parsed = parsePricingModel(fixture);
if (!parsed.ok) throw new Error(parsed.message);
const model = parsed.model;

const layer = (nodes: number, reserved: number, scaling: number, publicIp = false): Layer => ({
  nodes,
  reservedCloudlets: reserved,
  scalingLimitCloudlets: scaling,
  publicIp,
});
const topology = (layers: Layer[], extra: Partial<Topology> = {}): Topology => ({
  layers,
  storageGB: 0,
  ssl: false,
  ...extra,
});
/** [hourly, daily, monthly] × [min, max] in euro cents. */
const cents = (model: PricingModel, input: Topology) => {
  const { hourly, daily, monthly } = estimateCost(model, input, "EUR");
  return [hourly, daily, monthly].map(({ min, max }) => [min.amountMinor, max.amountMinor]);
};

describe("estimateCost", () => {
  it("matches a hand calculation for the widget's default environment", () => {
    // 1 reserved of 64: 0.004455 + storage 10 × 0.000137 + IP 0.005 + traffic within 10 free GB,
    // plus 63 dynamic × 0.003753 at most.
    const input = topology([layer(1, 1, 64, true)], { storageGB: 10, trafficGB: 10 });
    expect(cents(model, input)).toEqual([
      [1, 25],
      [26, 593],
      [790, 18050],
    ]);
    const { monthly } = estimateCost(model, input, "EUR");
    expect(monthly.min).toEqual({ amountMinor: 790, currency: "EUR" });
  });

  it("is zero without cloudlets, storage or options", () => {
    expect(cents(model, topology([]))).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(cents(model, topology([layer(3, 0, 0)]))).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it.each([
    [7, 2277], // one below the 8-cloudlet tier: 7 × 0.004455 × 730 = 22.76505
    [8, 2464], // exactly on the boundary: 8 × 0.004219 × 730 = 24.63896
    [9, 2772],
    [119, 28441],
    [120, 24598], // the highest tier is cheaper in total than one cloudlet less
    [500, 102492],
  ])("prices %i reserved cloudlets per month at %i cents", (reserved, monthly) => {
    const [, , month] = cents(model, topology([layer(1, reserved, reserved)]));
    expect(month).toEqual([monthly, monthly]);
  });

  it("has min == max when the scaling limit equals the reserved cloudlets", () => {
    const { hourly, monthly } = estimateCost(model, topology([layer(2, 4, 4, true)]), "EUR");
    expect(hourly.max).toEqual(hourly.min);
    expect(monthly.max).toEqual(monthly.min);
  });

  it("sums layers and picks the discount tiers from the environment totals", () => {
    // Reserved 2 + 2×2 + 4 = 10 → the 8+ tier for all ten (per layer each would be in the 1–7 tier);
    // dynamic 2 + 2×6 + 12 = 26 → the 15+ tier; IPs 2 + 1 = 3; 20 GB; SSL on.
    const input = topology([layer(1, 2, 4), layer(2, 2, 8, true), layer(1, 4, 16, true)], {
      storageGB: 20,
      ssl: true,
    });
    expect(cents(model, input)).toEqual([
      [7, 18],
      [177, 440],
      [5375, 13383],
    ]);
  });

  it("counts one public IP per node of the layers that have one, rounding 0.145/h up", () => {
    // 29 × 0.005 = 0.145 €/h; as doubles 0.145 * 100 rounds to 14 cents.
    const [hour, day, month] = cents(model, topology([layer(29, 0, 0, true), layer(5, 0, 0)]));
    expect(hour).toEqual([15, 15]);
    expect(day).toEqual([348, 348]);
    expect(month).toEqual([10585, 10585]);
  });

  it("adds the SSL tariff only when SSL is on, and nothing when the hoster has none", () => {
    const base = topology([layer(1, 1, 1)]);
    const monthly = (m: PricingModel, t: Topology) => cents(m, t)[2]?.[0];
    expect(monthly(model, base)).toBe(325); // 0.004455 × 730 = 3.25215
    expect(monthly(model, { ...base, ssl: true })).toBe(1325); // + 0.0137 × 730 = 10.001
    const withoutSsl: PricingModel = { ...model, ssl: undefined };
    expect(monthly(withoutSsl, { ...base, ssl: true })).toBe(325);
  });

  it("lets free units cover usage", () => {
    const generous: PricingModel = {
      ...model,
      flexible: { keyword: "cloudlet", tiers: [{ value: 0, price: "0.01", free: 4 }] },
      storage: { keyword: "disk", tiers: [{ value: 0, price: "0.001", free: 10 }] },
      ip: { keyword: "ip", tiers: [{ value: 0, price: "0.005", free: 1 }] },
    };
    const covered = topology([layer(1, 0, 4, true)], { storageGB: 10, trafficGB: 10 });
    expect(cents(generous, covered)[2]).toEqual([0, 0]);
    const over = topology([layer(1, 0, 5, true)], { storageGB: 11, trafficGB: 10 });
    // storage 1 GB × 0.001 × 730 = 0.73; dynamic 5 × 0.01 × 730 = 36.50
    expect(cents(generous, over)[2]).toEqual([73, 3723]);
  });

  it("charges external traffic above the free GB", () => {
    const [hour] = cents(model, topology([], { trafficGB: 12 }));
    expect(hour).toEqual([10, 10]); // (12 − 10) × 0.05
  });

  it("uses the currency's minor units and upper-case code", () => {
    const { monthly } = estimateCost(model, topology([layer(1, 1, 1)]), "JPY");
    expect(monthly.min).toEqual({ amountMinor: 3, currency: "JPY" });
    expect(estimateCost(model, topology([]), "eur").hourly.min.currency).toBe("EUR");
    expect(() => estimateCost(model, topology([]), "EURO")).toThrow(RangeError);
  });

  it.each<[string, unknown]>([
    ["no nodes", topology([layer(0, 1, 1)])],
    ["reserved above the scaling limit", topology([layer(1, 5, 4)])],
    ["negative cloudlets", topology([layer(1, -1, 4)])],
    ["fractional nodes", topology([layer(1.5, 1, 4)])],
    ["a cloudlet count above the cap", topology([layer(1, 1, 100_000)])],
    ["negative storage", topology([], { storageGB: -1 })],
    ["a missing SSL flag", { layers: [], storageGB: 0 }],
  ])("rejects a topology with %s", (_name, input) => {
    expect(() => estimateCost(model, input as Topology, "EUR")).toThrow(InvalidTopologyError);
  });
});
