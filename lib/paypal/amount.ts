import { currencyDigits, toMinorUnits } from "@/lib/billing/money";

/**
 * PayPal amounts are decimal strings with the digits PayPal allows for the currency ("10.00",
 * JPY "1500"). We count integer minor units as ICU does (lib/billing/money); PayPal allows no
 * decimals for HUF, JPY and TWD; where ICU counts cents for them (TWD) the amount must be whole.
 */
const PAYPAL_ZERO_DECIMAL = new Set(["HUF", "JPY", "TWD"]);

export function paypalDigits(currency: string): number {
  const code = currency.toUpperCase();
  return PAYPAL_ZERO_DECIMAL.has(code) ? 0 : currencyDigits(code);
}

/** 1050 USD → "10.50"; 1500 JPY → "1500"; 123400 HUF → "1234". Throws RangeError when not exact. */
export function toPayPalValue(amountMinor: number, currency: string): string {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) {
    throw new RangeError(`Not a non-negative integer amount: ${amountMinor}`);
  }
  const ours = currencyDigits(currency);
  const theirs = paypalDigits(currency);
  const drop = 10 ** (ours - theirs);
  if (amountMinor % drop !== 0) {
    throw new RangeError(
      `${currency.toUpperCase()} amounts must be whole for PayPal: ${amountMinor}`,
    );
  }
  const units = amountMinor / drop;
  if (theirs === 0) return String(units);
  const text = String(units).padStart(theirs + 1, "0");
  return `${text.slice(0, -theirs)}.${text.slice(-theirs)}`;
}

/** "10.50" USD → 1050 (exact digit arithmetic, no floats). */
export function fromPayPalValue(value: string, currency: string): number {
  return toMinorUnits(value, currency);
}
