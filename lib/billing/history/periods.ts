import type { HistoryPeriodChoice } from "./query";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** First period start for a range: the hour, the day, the Monday before, or the 1st (all UTC). */
function firstStart(start: Date, period: HistoryPeriodChoice): number {
  const ms = start.getTime();
  const day = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  switch (period) {
    case "hour":
      return Math.floor(ms / HOUR_MS) * HOUR_MS;
    case "day":
      return day;
    case "week":
      return day - ((start.getUTCDay() + 6) % 7) * DAY_MS;
    case "month":
      return Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
  }
}

function next(ms: number, period: HistoryPeriodChoice): number {
  if (period === "hour") return ms + HOUR_MS;
  if (period === "day") return ms + DAY_MS;
  if (period === "week") return ms + 7 * DAY_MS;
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/**
 * Every period in [start, end) as ISO strings, including those with no charges, so the chart and
 * the table show quiet days as zero instead of leaving them out.
 */
export function periodStarts(start: Date, end: Date, period: HistoryPeriodChoice): string[] {
  const starts: string[] = [];
  for (let ms = firstStart(start, period); ms < end.getTime(); ms = next(ms, period)) {
    starts.push(new Date(ms).toISOString());
  }
  return starts;
}
