/**
 * Exact money arithmetic for the estimator. Prices such as €0.004455 per cloudlet-hour multiplied by
 * 730 hours drift in floating point, so every amount is an integer count of 10^-18 currency units
 * ("atto" units) held in a BigInt. 18 digits hold any price the platform can send as a JSON double or
 * a decimal string exactly; anything finer is refused rather than silently rounded.
 */
export const ATTO_DIGITS = 18;

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** 10^30 currency units: refuses absurd prices before they reach `10n ** exponent`. */
const MAX_ATTO = 10n ** BigInt(30 + ATTO_DIGITS);

/** A non-negative decimal (number or string, exponent allowed) as atto units, or undefined. */
export function parseDecimalAtto(input: number | string): bigint | undefined {
  // String(number) prints the shortest round-trip form, i.e. exactly the decimal the sender meant.
  const text =
    typeof input === "number" ? (Number.isFinite(input) ? String(input) : "") : input.trim();
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const [, whole = "", fraction = "", exponentText = "0"] = match;
  const digitText = whole + fraction;
  const digits = BigInt(digitText);
  if (digits === 0n) return 0n;
  const shift = Number(exponentText) - fraction.length + ATTO_DIGITS;
  if (shift > 30 + ATTO_DIGITS) return undefined;
  if (shift >= 0) {
    const atto = digits * 10n ** BigInt(shift);
    return atto <= MAX_ATTO ? atto : undefined;
  }
  // A divisor longer than the digits can never divide them: finer than 10^-18, refused.
  if (-shift > digitText.length) return undefined;
  const divisor = 10n ** BigInt(-shift);
  return digits % divisor === 0n ? digits / divisor : undefined;
}

/** Canonical decimal text ("0.004455"), for showing unit prices that are finer than a cent. */
export function formatAtto(atto: bigint): string {
  const scale = 10n ** BigInt(ATTO_DIGITS);
  const whole = atto / scale;
  const fraction = (atto % scale).toString().padStart(ATTO_DIGITS, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

/**
 * The single rounding step: atto units to the currency's minor units, half-up (amounts are never
 * negative, so this is also half-away-from-zero, the convention of invoices and of toFixed()).
 */
export function attoToMinor(atto: bigint, minorDigits: number): number {
  if (atto < 0n) throw new RangeError("amounts are never negative");
  const divisor = 10n ** BigInt(ATTO_DIGITS - minorDigits);
  const minor = (atto + divisor / 2n) / divisor;
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError("amount is too large");
  return Number(minor);
}
