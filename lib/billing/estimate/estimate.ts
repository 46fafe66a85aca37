import { currencyDigits, type Money } from "@/lib/billing/money";
import { attoToMinor } from "./decimal";
import type { PricingModel } from "./pricing-model";
import { dynamicCost, reservedCost, storageCost, trafficCost, unitCost } from "./tariff-cost";
import { topologySchema, totalsOf, type Topology } from "./topology";

/** The platform's pricing tables and the widget both count a month as 730 hours (reference §3.2). */
export const HOURS_PER_MONTH = 730;
export const HOURS_PER_DAY = 24;

export type CostRange = { min: Money; max: Money };
export type CostEstimate = { hourly: CostRange; daily: CostRange; monthly: CostRange };

export class InvalidTopologyError extends Error {
  override readonly name = "InvalidTopologyError";
  constructor(readonly issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
    super(
      `invalid topology: ${issues.map((i) => `${i.path.map(String).join(".")} ${i.message}`).join("; ")}`,
    );
  }
}

/**
 * The dashboard's "from … to …" estimate (reference §3.3):
 *   min = reserved + storage + IPs + SSL + traffic
 *   max = min + dynamic, dynamic = Σ (scaling limit − reserved) × nodes
 * Deviation from the widget, as the reference's [INF] note recommends: discount tiers for reserved
 * and dynamic cloudlets are chosen from the environment totals, not per layer, because the
 * dashboard bills "the total sum … per environment". SSL is not in the widget: when enabled it is
 * one unit of the SSL tariff per hour (free if the hoster has no SSL tariff).
 *
 * Every figure is computed exactly, then rounded once, half-up, into minor units: daily and monthly
 * are the exact hourly amount × 24 / × 730, not the rounded hourly amount multiplied.
 */
export function estimateCost(
  model: PricingModel,
  topology: Topology,
  currency: string,
): CostEstimate {
  const parsed = topologySchema.safeParse(topology);
  if (!parsed.success) throw new InvalidTopologyError(parsed.error.issues);
  const input = parsed.data;
  const totals = totalsOf(input);

  let fixedExtras = storageCost(model.storage, input.storageGB);
  fixedExtras += unitCost(model.ip, totals.publicIps);
  if (input.ssl && model.ssl) fixedExtras += unitCost(model.ssl, 1);
  if (model.traffic) fixedExtras += trafficCost(model.traffic, input.trafficGB ?? 0);

  const min = reservedCost(model.fixed, totals.reservedCloudlets) + fixedExtras;
  const max = min + dynamicCost(model.flexible, totals.dynamicCloudlets);

  const digits = currencyDigits(currency);
  const code = currency.toUpperCase();
  const range = (hours: number): CostRange => ({
    min: { amountMinor: attoToMinor(min * BigInt(hours), digits), currency: code },
    max: { amountMinor: attoToMinor(max * BigInt(hours), digits), currency: code },
  });
  return { hourly: range(1), daily: range(HOURS_PER_DAY), monthly: range(HOURS_PER_MONTH) };
}
