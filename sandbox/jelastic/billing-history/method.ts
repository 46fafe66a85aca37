import { chargeProfiles } from "../../seed-data/billing-history-profiles";
import type { PlatformCall } from "../call";
import { fail, ok, type PlatformReply } from "../envelope";
import { isReply, requireUser } from "../sessions";
import { aggregateCharges, PERIODS, type AggregatedRow, type Period } from "./aggregate";

const TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const INVALID_PARAM = 99;

/** "yyyy-MM-dd HH:mm:ss" in the caller's local time → UTC epoch ms. */
function parseTime(text: string | undefined, offsetMinutes: number): number | null {
  const match = TIME.exec((text ?? "").trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const ms = Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s);
  return Number.isNaN(ms) ? null : ms - offsetMinutes * 60_000;
}

function formatLocal(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}

/** JSON numbers in currency units, as the platform sends balances; six decimals, no float tails. */
const units = (micro: number) => Number((micro / 1_000_000).toFixed(6));

function toWire(row: AggregatedRow, period: Period) {
  const { env, sums } = row;
  return {
    dateTime: formatLocal(row.bucketLocalMs),
    period,
    appid: env.appid,
    envName: env.envName,
    displayName: env.displayName,
    cost: units(sums.total),
    bonusCost: units(sums.bonus),
    fixedCloudletsCost: units(sums.fixed),
    flexibleCloudletsCost: units(sums.flexible),
    storageCost: units(sums.storage),
    extIpCost: units(sums.extIp),
    sslCost: units(sums.ssl),
    trafficCost: units(sums.traffic),
  };
}

/**
 * billing/account/getaccountbillinghistorybyperiod (reference §2.5): the caller's charges between
 * startTime and endTime, summed per `period` and per environment (`groupNodes`), optionally for one
 * environment (`targetAppid`). Parameter names are read case-insensitively: clients send both
 * `startTime` and `starttime`. An environment that is not the caller's simply has no rows.
 */
export function getAccountBillingHistoryByPeriod({ params, deps }: PlatformCall): PlatformReply {
  const who = requireUser(deps, params.session);
  if (isReply(who)) return who;
  const lower = Object.fromEntries(Object.entries(params).map(([k, v]) => [k.toLowerCase(), v]));
  const offset = Number(lower.timeoffset ?? 0);
  if (!Number.isInteger(offset) || Math.abs(offset) > 14 * 60)
    return fail(INVALID_PARAM, "invalid parameter [timeOffset]");
  const startMs = parseTime(lower.starttime, offset);
  const endMs = parseTime(lower.endtime, offset);
  if (startMs == null) return fail(INVALID_PARAM, "invalid parameter [startTime]");
  if (endMs == null || endMs < startMs) return fail(INVALID_PARAM, "invalid parameter [endTime]");
  const period = (lower.period ?? "DAY").toUpperCase() as Period;
  if (!PERIODS.includes(period)) return fail(INVALID_PARAM, "invalid parameter [period]");

  const profile = chargeProfiles[who.user.uid];
  if (!profile) return ok({ array: [] });
  const rows = aggregateCharges(
    profile,
    { startMs, endMs, period, offsetMinutes: offset, appid: lower.targetappid || undefined },
    deps.now(),
  );
  return ok({ array: rows.map((row) => toWire(row, period)) });
}
