/**
 * PayPal amounts are decimal strings with the currency's digits ("10.00", JPY "1500"). The sandbox
 * keeps integer minor units and converts at the edge (no floats).
 */
const PAYPAL_ZERO_DECIMAL = new Set(["HUF", "JPY", "TWD"]);

export function paypalDigits(currency: string): number {
  if (PAYPAL_ZERO_DECIMAL.has(currency)) return 0;
  return (
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/** "10.5" → 1050 for USD; null when the text has more digits than the currency allows. */
export function parseValue(value: string, currency: string): number | null {
  const digits = paypalDigits(currency);
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(value);
  if (!match) return null;
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

export function formatValue(minor: number, currency: string): string {
  const digits = paypalDigits(currency);
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, "0");
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
