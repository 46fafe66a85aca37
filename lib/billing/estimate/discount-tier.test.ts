import { describe, expect, it } from "vitest";
import fixture from "./__fixtures__/pricing-model.json";
import { describeDiscountTier } from "./discount-tier";
import { parsePricingModel } from "./pricing-model";

const parsed = parsePricingModel(fixture);
if (!parsed.ok) throw new Error(parsed.message);
const model = parsed.model;

describe("describeDiscountTier", () => {
  it("has no current tier without reserved cloudlets and points at the first", () => {
    expect(describeDiscountTier(model, 0)).toEqual({
      current: null,
      next: {
        fromCloudlets: 1,
        toCloudlets: 7,
        free: 0,
        pricePerHour: "0.004455",
        pricePerMonth: "3.25215",
        discountPercent: 0,
        cloudletsToGo: 1,
      },
    });
  });

  it("counts the cloudlets left to the next level", () => {
    const info = describeDiscountTier(model, 10);
    expect(info.current).toMatchObject({ fromCloudlets: 8, toCloudlets: 14, discountPercent: 5.3 });
    expect(info.next).toMatchObject({
      fromCloudlets: 15,
      cloudletsToGo: 5,
      pricePerHour: "0.003753",
    });
  });

  it("treats a boundary as the start of the higher tier", () => {
    expect(describeDiscountTier(model, 15).current?.fromCloudlets).toBe(15);
    expect(describeDiscountTier(model, 14).current?.fromCloudlets).toBe(8);
  });

  it("has no next level in the highest tier", () => {
    const info = describeDiscountTier(model, 500);
    expect(info.current).toMatchObject({
      fromCloudlets: 120,
      toCloudlets: null,
      discountPercent: 37,
    });
    expect(info.next).toBeNull();
  });

  it("describes the dynamic tariff on request", () => {
    expect(describeDiscountTier(model, 8, "dynamic").current?.pricePerHour).toBe("0.004455");
  });

  it.each([-1, 1.5, Number.NaN])("rejects %s cloudlets", (total) => {
    expect(() => describeDiscountTier(model, total)).toThrow(RangeError);
  });
});
