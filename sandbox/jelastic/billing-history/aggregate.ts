import type { ChargeProfile, EnvChargeProfile } from "../../seed-data/billing-history-profiles";
import { chargesForHour, seedOf, type HourCharges } from "./hourly-charges";

export const PERIODS = ["HOUR", "DAY", "WEEK", "MONTH", "YEAR", "AGE"] as const;
export type Period = (typeof PERIODS)[number];

export type AggregateQuery = {
  startMs: number;
  endMs: number;
  period: Period;
  /** Minutes east of UTC; buckets start at local midnight, Monday, the 1st. */
  offsetMinutes: number;
  appid?: string;
};

type Sums = Omit<HourCharges, "total"> & { total: number; bonus: number };
export type AggregatedRow = { bucketLocalMs: number; env: EnvChargeProfile; sums: Sums };

const HOUR_MS = 3_600_000;
/** Bounded work per call, whatever range is asked for: at most three years of hours. */
export const MAX_SCAN_HOURS = 3 * 366 * 24;

function bucketStart(localMs: number, period: Period, rangeStartLocal: number): number {
  const d = new Date(localMs);
  switch (period) {
    case "HOUR":
      return Math.floor(localMs / HOUR_MS) * HOUR_MS;
    case "DAY":
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    case "WEEK": {
      const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
      return day - ((d.getUTCDay() + 6) % 7) * 24 * HOUR_MS;
    }
    case "MONTH":
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    case "YEAR":
      return Date.UTC(d.getUTCFullYear(), 0, 1);
    case "AGE":
      return rangeStartLocal;
  }
}

function monthKey(hour: number): number {
  const d = new Date(hour * HOUR_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/**
 * Sums one account's hourly charges into periods per environment. The bonus granted each month is
 * spent first, hour by hour, across all environments (so a per-environment query still sees the
 * right split); scanning starts at the 1st of the month of the range to know what bonus was left.
 */
export function aggregateCharges(
  profile: ChargeProfile & { envs: EnvChargeProfile[] },
  query: AggregateQuery,
  nowMs: number,
): AggregatedRow[] {
  const nowHour = Math.floor(nowMs / HOUR_MS);
  const historyStart = nowHour - profile.historyDays * 24;
  const to = Math.min(Math.ceil(query.endMs / HOUR_MS), nowHour);
  const from = Math.max(Math.ceil(query.startMs / HOUR_MS), historyStart, to - MAX_SCAN_HOURS);
  if (from >= to) return [];
  const monthStart = Math.floor(
    Date.UTC(new Date(from * HOUR_MS).getUTCFullYear(), new Date(from * HOUR_MS).getUTCMonth(), 1) /
      HOUR_MS,
  );
  const scanFrom = Math.max(historyStart, monthStart);
  const offsetMs = query.offsetMinutes * 60_000;
  const rangeStartLocal = query.startMs + offsetMs;
  const seeds = profile.envs.map((env) => seedOf(env.envName));
  // Hours ascend, so buckets do too: sum the current bucket per environment, flush on change.
  const rows: AggregatedRow[] = [];
  const open: (Sums | null)[] = profile.envs.map(() => null);
  let openBucket = Number.NaN;
  const flush = () => {
    profile.envs.forEach((env, index) => {
      const sums = open[index];
      if (sums) rows.push({ bucketLocalMs: openBucket, env, sums });
      open[index] = null;
    });
  };

  let month = -1;
  let bonusLeft = 0;
  // Calendar look-ups once per day (or hour for HOUR buckets), not per environment-hour.
  let cachedDay = Number.NaN;
  let dayBucket = 0;
  for (let hour = scanFrom; hour < to; hour++) {
    if (hour % 24 === 0 || hour === scanFrom) {
      const thisMonth = monthKey(hour);
      if (thisMonth !== month) {
        month = thisMonth;
        bonusLeft = profile.monthlyBonusMicro;
      }
    }
    const counted = hour >= from;
    if (counted) {
      const localMs = hour * HOUR_MS + offsetMs;
      let bucket: number;
      if (query.period === "HOUR") bucket = bucketStart(localMs, "HOUR", rangeStartLocal);
      else {
        const localDay = Math.floor(localMs / (24 * HOUR_MS));
        if (localDay !== cachedDay) {
          cachedDay = localDay;
          dayBucket = bucketStart(localMs, query.period, rangeStartLocal);
        }
        bucket = dayBucket;
      }
      if (bucket !== openBucket) {
        flush();
        openBucket = bucket;
      }
    }
    for (let index = 0; index < profile.envs.length; index++) {
      const env = profile.envs[index]!;
      const charges = chargesForHour(env, seeds[index] ?? 0, hour, nowHour);
      if (!charges) continue;
      const bonus = Math.min(bonusLeft, charges.total);
      bonusLeft -= bonus;
      if (!counted || (query.appid && query.appid !== env.appid)) continue;
      add((open[index] ??= emptySums()), charges, bonus);
    }
  }
  flush();
  return rows;
}

function emptySums(): Sums {
  return { fixed: 0, flexible: 0, storage: 0, extIp: 0, ssl: 0, traffic: 0, total: 0, bonus: 0 };
}

function add(sums: Sums, charges: HourCharges, bonus: number): void {
  sums.fixed += charges.fixed;
  sums.flexible += charges.flexible;
  sums.storage += charges.storage;
  sums.extIp += charges.extIp;
  sums.ssl += charges.ssl;
  sums.traffic += charges.traffic;
  sums.total += charges.total;
  sums.bonus += bonus;
}
