/**
 * Money as an integer count of the currency's minor units. Upstreams send amounts as decimal strings
 * ("15.95") or JSON numbers (42.5); both are converted digit by digit so no binary-float error ever
 * reaches a balance or an invoice total.
 */
export type Money = { amountMinor: number; currency: string };

const digitsCache = new Map<string, number>();

/** Minor-unit digits as ICU knows them: USD 2, JPY 0, KWD 3. Throws RangeError for a bad code. */
export function currencyDigits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = digitsCache.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions()
      .maximumFractionDigits;
    digitsCache.set(code, digits ?? 2);
  }
  return digits ?? 2;
}

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * Converts "12.50" / 12.5 / "1e-3" to minor units. Digits beyond the currency's precision are rounded
 * half away from zero (Jelastic balances are floats such as 42.499999999). Throws RangeError on
 * anything that is not a finite decimal, or on amounts too large to count exactly.
 */
export function toMinorUnits(value: string | number, currency: string): number {
  const text = typeof value === "number" ? numberToText(value) : value.trim();
  const match = DECIMAL.exec(text);
  const [, sign, whole = "", fraction = "", exponent] = match ?? [];
  if (!match || (whole === "" && fraction === "")) {
    throw new RangeError(`Not a decimal amount: ${JSON.stringify(value)}`);
  }
  const digits = currencyDigits(currency);
  // Shift the decimal point by the exponent and by the currency's digits, as text.
  const shift = digits + Number(exponent ?? 0);
  const allDigits = whole + fraction;
  const pointAt = whole.length + shift;
  const intPart = pointAt <= 0 ? "0" : allDigits.slice(0, pointAt).padEnd(pointAt, "0");
  const rest = pointAt < 0 ? "0".repeat(-pointAt) + allDigits : allDigits.slice(pointAt);
  let minor = BigInt(intPart || "0");
  if ((rest[0] ?? "0") >= "5") minor += 1n;
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`Amount too large: ${JSON.stringify(value)}`);
  }
  const result = Number(minor);
  return sign === "-" && result !== 0 ? -result : result;
}

function numberToText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite amount: ${value}`);
  // String() gives the shortest text that round-trips, e.g. 0.1 -> "0.1" (not 0.1000000000000000055).
  return String(value);
}

/** Builds Money from a decimal string or number; see toMinorUnits for rounding. */
export function money(value: string | number, currency: string): Money {
  return { amountMinor: toMinorUnits(value, currency), currency: currency.toUpperCase() };
}

/** The exact decimal text of a Money value, e.g. { 1250, USD } -> "12.50", { -5, KWD } -> "-0.005". */
export function toDecimalString(value: Money): string {
  const digits = currencyDigits(value.currency);
  const abs = Math.abs(value.amountMinor)
    .toString()
    .padStart(digits + 1, "0");
  const sign = value.amountMinor < 0 ? "-" : "";
  if (digits === 0) return sign + abs;
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/** Locale-aware display. Formats the decimal string, not a float, so large amounts stay exact. */
export function formatMoney(value: Money, locale: string): string {
  const text = toDecimalString(value) as Intl.StringNumericLiteral;
  return new Intl.NumberFormat(locale, { style: "currency", currency: value.currency }).format(
    text,
  );
}
