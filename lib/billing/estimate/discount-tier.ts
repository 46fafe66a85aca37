import { formatAtto } from "./decimal";
import { HOURS_PER_MONTH } from "./estimate";
import type { PricingModel, Tier } from "./pricing-model";
import { priceAtto, tierIndex } from "./tariff-cost";

export type DiscountTier = {
  /** Inclusive range of environment-total cloudlets; `toCloudlets` is null for the top tier. */
  fromCloudlets: number;
  toCloudlets: number | null;
  free: number;
  /** Exact decimals in the hoster currency: unit prices are finer than a minor unit. */
  pricePerHour: string;
  pricePerMonth: string;
  /** Saving against the first tier's price, in percent with one decimal (hosters advertise these). */
  discountPercent: number;
};

export type DiscountTierInfo = {
  /** Null below the first tier, e.g. with no reserved cloudlets at all. */
  current: DiscountTier | null;
  next: (DiscountTier & { cloudletsToGo: number }) | null;
};

/**
 * Where an environment total sits in the reserved (or dynamic) tariff, and how many more
 * cloudlets reach the next discount level, for the "next discount level" hint.
 */
export function describeDiscountTier(
  model: PricingModel,
  totalCloudlets: number,
  kind: "reserved" | "dynamic" = "reserved",
): DiscountTierInfo {
  if (!Number.isSafeInteger(totalCloudlets) || totalCloudlets < 0) {
    throw new RangeError(`totalCloudlets must be a non-negative integer, got ${totalCloudlets}`);
  }
  const tiers = (kind === "reserved" ? model.fixed : model.flexible).tiers;
  const base = tiers[0] ? priceAtto(tiers[0]) : 0n;
  const describe = (tier: Tier, i: number): DiscountTier => {
    const price = priceAtto(tier);
    const following = tiers[i + 1];
    return {
      fromCloudlets: tier.value,
      toCloudlets: following ? following.value - 1 : null,
      free: tier.free,
      pricePerHour: formatAtto(price),
      pricePerMonth: formatAtto(price * BigInt(HOURS_PER_MONTH)),
      discountPercent: percentBelow(base, price),
    };
  };

  const index = tierIndex(tiers, totalCloudlets);
  const current = tiers[index];
  const next = tiers[index + 1];
  return {
    current: current ? describe(current, index) : null,
    next: next
      ? { ...describe(next, index + 1), cloudletsToGo: next.value - totalCloudlets }
      : null,
  };
}

/** (base − price) / base in tenths of a percent, half-up; a price above the base gives a negative. */
function percentBelow(base: bigint, price: bigint): number {
  if (base === 0n) return 0;
  const tenths = ((base - price) * 2000n) / base;
  const rounded = tenths >= 0n ? (tenths + 1n) / 2n : -((-tenths + 1n) / 2n);
  return Number(rounded) / 10;
}
