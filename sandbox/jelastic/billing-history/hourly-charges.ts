import type { EnvChargeProfile } from "../../seed-data/billing-history-profiles";

/** Hourly prices in micro-units (1e-6) of the currency, near a typical hoster's price list. */
export const HOURLY_PRICES = {
  reservedCloudlet: 7_000,
  dynamicCloudlet: 10_000,
  storageGb: 200,
  publicIp: 5_000,
  ssl: 2_000,
  trafficGb: 50_000,
} as const;

export type HourCharges = {
  fixed: number;
  flexible: number;
  storage: number;
  extIp: number;
  ssl: number;
  traffic: number;
  total: number;
};

/** A stable pseudo-random number in [0, 1) for one hour of one environment. */
function noise(hour: number, seed: number): number {
  let x = Math.imul(hour ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(seed, 0xc2b2ae35);
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  return (x >>> 0) / 4_294_967_296;
}

export function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The charges of one environment in one hour (hours since the Unix epoch), or null when it did not
 * exist. Busy in UTC business hours, quieter at night, and slowly growing with age, so the history
 * has a shape a chart can show and recent spend is a little higher than old spend.
 */
export function chargesForHour(
  env: EnvChargeProfile,
  seed: number,
  hour: number,
  nowHour: number,
): HourCharges | null {
  const created = nowHour - env.createdDaysAgo * 24;
  const removed = env.removedDaysAgo == null ? Infinity : nowHour - env.removedDaysAgo * 24;
  if (hour < created || hour >= removed) return null;
  const paused = env.pausedDaysAgo != null && hour >= nowHour - env.pausedDaysAgo * 24;
  const storage = env.storageGb * HOURLY_PRICES.storageGb;
  const extIp = env.publicIps * HOURLY_PRICES.publicIp;
  if (paused) {
    return { fixed: 0, flexible: 0, storage, extIp, ssl: 0, traffic: 0, total: storage + extIp };
  }
  const hourOfDay = ((hour % 24) + 24) % 24;
  const load = (hourOfDay >= 7 && hourOfDay < 20 ? 1 : 0.45) * (0.85 + 0.3 * noise(hour, seed));
  const growth = 1 + (0.4 * (hour - created)) / (365 * 24);
  const fixed = env.reservedCloudlets * HOURLY_PRICES.reservedCloudlet;
  const flexible = Math.round(env.dynamicCloudlets * load * growth * HOURLY_PRICES.dynamicCloudlet);
  const ssl = env.ssl ? HOURLY_PRICES.ssl : 0;
  const traffic = Math.round((env.trafficGbPerDay / 24) * load * growth * HOURLY_PRICES.trafficGb);
  return {
    fixed,
    flexible,
    storage,
    extIp,
    ssl,
    traffic,
    total: fixed + flexible + storage + extIp + ssl + traffic,
  };
}
