import { describe, expect, it } from "vitest";
import fixture from "./__fixtures__/pricing-model.json";
import { parsePricingModel } from "./pricing-model";

type Plan = { type: string; keyword?: string; tiers: unknown[] };
const respond = (...models: { isDefault?: boolean; tariffPlans: Plan[] }[]) => ({
  result: 0,
  response: { models },
});
const tier = (value: number, price: number | string, free = 0) => ({ value, price, free });
const basics: Plan[] = [
  { type: "fixed", keyword: "cloudlet", tiers: [tier(1, 0.01)] },
  { type: "Flexible", keyword: "cloudlet", tiers: [tier(1, 0.02)] },
  { type: "STORAGE", keyword: "disk", tiers: [tier(0, 0.001)] },
  { type: "NETWORK", keyword: "IP", tiers: [tier(0, 0.005)] },
];

describe("parsePricingModel", () => {
  it("picks the default model of the fixture and ignores unknown plans", () => {
    const result = parsePricingModel(fixture);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { model } = result;
    expect(model.fixed.tiers.map((t) => t.value)).toEqual([1, 8, 15, 30, 60, 120]);
    expect(model.fixed.tiers[0]?.price).toBe(0.004455);
    expect(model.flexible.tiers[0]?.price).toBe(0.004691);
    expect(model.ip.keyword).toBe("ip");
    expect(model.ssl?.tiers[0]?.price).toBe(0.0137);
    expect(model.traffic?.tiers[0]?.free).toBe(10);
    expect(Object.keys(model).sort()).toEqual(
      ["fixed", "flexible", "ip", "ssl", "storage", "traffic"].sort(),
    );
  });

  it("falls back to the first model and matches plan types case-insensitively", () => {
    const result = parsePricingModel(respond({ tariffPlans: basics }, { tariffPlans: [] }));
    expect(result).toMatchObject({ ok: true, model: { fixed: { tiers: [tier(1, 0.01)] } } });
    if (result.ok) {
      expect(result.model.ssl).toBeUndefined();
      expect(result.model.traffic).toBeUndefined();
    }
  });

  it("treats a NETWORK plan that is not the IP plan as traffic", () => {
    const plans = [...basics, { type: "NETWORK", keyword: "traffic", tiers: [tier(0, 0.04, 5)] }];
    const result = parsePricingModel(respond({ isDefault: true, tariffPlans: plans }));
    expect(result.ok && result.model.traffic?.tiers).toEqual([tier(0, 0.04, 5)]);
  });

  it("sorts tiers, defaults a missing free to 0 and keeps string prices", () => {
    const plans = basics.map((plan) =>
      plan.type === "fixed"
        ? { ...plan, tiers: [tier(8, "0.0040"), { value: 1, price: "0.0045" }] }
        : plan,
    );
    const result = parsePricingModel(respond({ tariffPlans: plans }));
    expect(result.ok && result.model.fixed.tiers).toEqual([tier(1, "0.0045"), tier(8, "0.0040")]);
  });

  it("validates only the chosen model", () => {
    const broken = { isDefault: false, tariffPlans: [{ type: "FIXED", tiers: [] }] };
    expect(parsePricingModel(respond(broken, { isDefault: true, tariffPlans: basics })).ok).toBe(
      true,
    );
  });

  it.each([
    ["a missing tariff", respond({ tariffPlans: basics.slice(0, 3) }), /lacks tariffs: ip/],
    ["an error envelope", { result: 702, error: "session" }, /result/],
    ["no models", respond(), /models/],
    [
      "a negative price",
      respond({ tariffPlans: [{ ...basics[0]!, tiers: [tier(1, -1)] }, ...basics.slice(1)] }),
      /price/,
    ],
    [
      "a fractional tier bound",
      respond({ tariffPlans: [{ ...basics[0]!, tiers: [tier(1.5, 1)] }, ...basics.slice(1)] }),
      /tiers\.0\.value/,
    ],
    [
      "a repeated tier bound",
      respond({
        tariffPlans: [{ ...basics[0]!, tiers: [tier(1, 1), tier(1, 2)] }, ...basics.slice(1)],
      }),
      /repeats/,
    ],
    [
      "an empty tariff",
      respond({ tariffPlans: [{ type: "FIXED", tiers: [] }, ...basics.slice(1)] }),
      /tiers/,
    ],
  ])("rejects %s", (_name, response, message) => {
    const result = parsePricingModel(response);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
