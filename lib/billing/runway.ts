/**
 * "Your balance lasts about N days at your current spend", from recent hourly charges.
 *
 * The rate is the higher of the last day's average and the whole window's average: a spend that is
 * rising (a new environment, a traffic peak) shortens the estimate at once, while a quiet last day
 * does not stretch it beyond what the week shows. The bonus balance is spent first, then the main
 * balance (reference §2.5), so both count, and the point where the bonus runs out is reported too.
 * All amounts are in one integer unit (charge units, see charges.ts).
 */
export type RunwayInput = {
  mainBalance: number;
  bonusBalance: number;
  /** Charges of consecutive hours, oldest first; hours without charges are 0. */
  hourlyCharges: readonly number[];
};

export type Runway =
  | { kind: "no_spend" }
  | { kind: "exhausted"; hourlyRate: number }
  | {
      kind: "lasts";
      /** Whole days the balances last; 0 means less than a day. */
      days: number;
      hours: number;
      /** Hours until the bonus is spent and charges move to the main balance. */
      bonusHours: number;
      hourlyRate: number;
    };

const RECENT_HOURS = 24;

export function estimateRunway({ mainBalance, bonusBalance, hourlyCharges }: RunwayInput): Runway {
  const rate = Math.max(average(hourlyCharges.slice(-RECENT_HOURS)), average(hourlyCharges));
  if (!(rate > 0)) return { kind: "no_spend" };
  const bonus = Math.max(0, bonusBalance);
  const available = bonus + Math.max(0, mainBalance);
  if (available <= 0) return { kind: "exhausted", hourlyRate: rate };
  const hours = available / rate;
  return {
    kind: "lasts",
    days: Math.floor(hours / 24),
    hours,
    bonusHours: bonus / rate,
    hourlyRate: rate,
  };
}

function average(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const value of values) sum += Math.max(0, value);
  return sum / values.length;
}
