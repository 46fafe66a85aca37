import { describe, expect, it } from "vitest";
import { MAX_CLOUDLETS, cloudletsFor, resourcesOf } from "./cloudlets";

describe("cloudletsFor", () => {
  it.each([
    [{ ramMiB: 0, cpuMHz: 0 }, 0],
    [{ ramMiB: 128, cpuMHz: 400 }, 1],
    [{ ramMiB: 129, cpuMHz: 0 }, 2],
    [{ ramMiB: 1, cpuMHz: 1 }, 1],
    [{ ramMiB: 1024, cpuMHz: 400 }, 8],
    [{ ramMiB: 128, cpuMHz: 2000 }, 5],
    [{ ramMiB: 256, cpuMHz: 801 }, 3],
  ])("covers %o with %i cloudlets", (resources, expected) => {
    expect(cloudletsFor(resources)).toBe(expected);
  });

  it("accepts the largest allowed request", () => {
    expect(cloudletsFor({ ramMiB: MAX_CLOUDLETS * 128, cpuMHz: MAX_CLOUDLETS * 400 })).toBe(
      MAX_CLOUDLETS,
    );
  });

  it.each([
    { ramMiB: -1, cpuMHz: 0 },
    { ramMiB: 0, cpuMHz: 0.5 },
    { ramMiB: Number.NaN, cpuMHz: 0 },
    { ramMiB: 0, cpuMHz: Number.POSITIVE_INFINITY },
    { ramMiB: MAX_CLOUDLETS * 128 + 1, cpuMHz: 0 },
  ])("rejects %o", (resources) => {
    expect(() => cloudletsFor(resources)).toThrow(RangeError);
  });
});

describe("resourcesOf", () => {
  it("converts cloudlets to RAM and CPU", () => {
    expect(resourcesOf(0)).toEqual({ ramMiB: 0, cpuMHz: 0 });
    expect(resourcesOf(4)).toEqual({ ramMiB: 512, cpuMHz: 1600 });
  });

  it("round-trips with cloudletsFor", () => {
    for (const n of [0, 1, 7, 8, 120, MAX_CLOUDLETS]) expect(cloudletsFor(resourcesOf(n))).toBe(n);
  });

  it.each([-1, 1.5, MAX_CLOUDLETS + 1, Number.NaN])("rejects %s", (n) => {
    expect(() => resourcesOf(n)).toThrow(RangeError);
  });
});
