import { toMinorUnits, type Money } from "./money";

/**
 * Platform charges are fractions of a cent per hour (a reserved cloudlet costs about $0.007 an
 * hour), so rounding each hourly or daily row to cents would lose a large part of the figure. A
 * charge amount is therefore an integer count of 1/10,000 of the currency's minor unit; sums are
 * exact, and a figure is rounded to the minor unit once, when it is shown.
 */
export const CHARGE_SCALE = 10_000;
const SCALE_DIGITS = 4;

/** "0.0137" / 0.0137 / "1e-5" → charge units; throws RangeError like toMinorUnits. */
export function toChargeUnits(value: string | number, currency: string): number {
  const text = typeof value === "number" ? String(value) : value.trim();
  const match = /^(.*?)(?:e([+-]?\d+))?$/i.exec(text);
  const mantissa = match?.[1] ?? text;
  const exponent = Number(match?.[2] ?? 0) + SCALE_DIGITS;
  return toMinorUnits(`${mantissa}e${exponent}`, currency);
}

/** Rounds charge units to the minor unit, half away from zero. */
export function chargeToMinor(units: number): number {
  const minor = Math.round(Math.abs(units) / CHARGE_SCALE);
  return units < 0 && minor !== 0 ? -minor : minor;
}

export function chargeToMoney(units: number, currency: string): Money {
  return { amountMinor: chargeToMinor(units), currency: currency.toUpperCase() };
}

/** Minor units (a balance) → charge units, to compare a balance with a spend rate. */
export function minorToCharge(minor: number): number {
  return minor * CHARGE_SCALE;
}
