// A cron expression (UTC, minute-granular as pg-boss is) that fires about every `minutes`:
// divisors of 60 exactly (every 5 minutes: "*/5 * * * *"), whole hours and days exactly, anything
// else as close as cron can express it (every 7 minutes fires at :00, :07 … :56, then :00 again).
export function cronEveryMinutes(minutes: number): string {
  const m = Math.max(1, Math.round(minutes));
  if (m === 1) return "* * * * *";
  if (m < 60) return `*/${m} * * * *`;
  const hours = Math.max(1, Math.round(m / 60));
  if (hours === 1) return "0 * * * *";
  if (hours < 24) return `0 */${hours} * * *`;
  return "0 0 * * *";
}
