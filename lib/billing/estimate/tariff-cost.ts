import { parseDecimalAtto } from "./decimal";
import type { Tariff, Tier } from "./pricing-model";

/**
 * Hourly cost rules of the official calculator widget (reference §3.3, `calculator.js`), one per
 * tariff kind, in atto units (see decimal.ts). Quantities are whole units per hour.
 */

/** Index of the tier holding `units` (value ≤ units < next.value), -1 below the first bound. */
export function tierIndex(tiers: readonly Tier[], units: number): number {
  let found = -1;
  for (const [i, tier] of tiers.entries()) {
    if (tier.value <= units) found = i;
    else break;
  }
  return found;
}

export function priceAtto(tier: Tier): bigint {
  const atto = parseDecimalAtto(tier.price);
  if (atto === undefined) throw new RangeError(`invalid tier price: ${String(tier.price)}`);
  return atto;
}

/**
 * Below the first bound the widget's loop falls through to the last tier, which reads as an
 * accident; cloudlets there are charged at the first tier's price with no free units instead.
 */
function firstTier(tariff: Tariff): Tier {
  const tier = tariff.tiers[0];
  if (!tier) throw new RangeError(`tariff ${tariff.keyword} has no tiers`);
  return tier;
}

function tierFor(tariff: Tariff, units: number): Tier | undefined {
  const index = tierIndex(tariff.tiers, units);
  return index < 0 ? undefined : tariff.tiers[index];
}

/**
 * Reserved cloudlets, `R` = the environment total. Literal widget rule: when R lies within `free`
 * units above the tier's lower bound, only the lower bound is paid for; otherwise all R are.
 */
export function reservedCost(tariff: Tariff, reserved: number): bigint {
  if (reserved < 1) return 0n;
  const tier = tierFor(tariff, reserved);
  if (!tier) return BigInt(reserved) * priceAtto(firstTier(tariff));
  const paid = reserved - tier.value <= tier.free ? tier.value : reserved;
  return BigInt(paid) * priceAtto(tier);
}

/** Dynamic cloudlets (scaling limit − reserved, environment total); `free` covers all or nothing. */
export function dynamicCost(tariff: Tariff, dynamic: number): bigint {
  if (dynamic < 1) return 0n;
  const tier = tierFor(tariff, dynamic) ?? { ...firstTier(tariff), free: 0 };
  return dynamic <= tier.free ? 0n : BigInt(dynamic) * priceAtto(tier);
}

/** Disk GB: free below the first bound; the tier's free GB are deducted from the usage. */
export function storageCost(tariff: Tariff, gb: number): bigint {
  const tier = tierFor(tariff, gb);
  if (!tier) return 0n;
  if (tier.free > 0 && gb <= tier.free) return 0n;
  return BigInt(gb - tier.free) * priceAtto(tier);
}

/** Public IPs, and the SSL option as one unit: free when within `free`, otherwise every unit paid. */
export function unitCost(tariff: Tariff, units: number): bigint {
  const tier = tierFor(tariff, units);
  if (!tier) return 0n;
  if (tier.free > 0 && units <= tier.free) return 0n;
  return BigInt(units) * priceAtto(tier);
}

/** External traffic GB: free below the first bound; usage above the tier's free GB is paid. */
export function trafficCost(tariff: Tariff, gb: number): bigint {
  const tier = tierFor(tariff, gb);
  if (!tier) return 0n;
  return BigInt(Math.max(gb - tier.free, 0)) * priceAtto(tier);
}
