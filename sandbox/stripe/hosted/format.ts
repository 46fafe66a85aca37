/** Minor units → "$12.34" (the fraction digits come from the currency, e.g. 0 for JPY). */
export function formatAmount(minor: number, currency: string): string {
  const format = new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: currency.toUpperCase(),
  });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}

export function merchantName(): string {
  return process.env.HOSTER_NAME || "Demo Cloud";
}
