import { int, type PhpArray } from "../http/php-form";

/** WHMCS wire quirks: decimal strings for money, zero dates for "not set". */
export const ZERO_DATETIME = "0000-00-00 00:00:00";
export const ZERO_DATE = "0000-00-00";

/** 1234 → "12.34"; integer maths so no float rounding ever shows up in a sandbox amount. */
export function money(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** The single sandbox currency (CONTRACTS.md: USD everywhere). */
export const currency = { id: 1, code: "USD", prefix: "$", suffix: " USD" } as const;

/** Pre-formatted amounts as in GetClientsDetails `stats`: "$2645.80 USD". */
export function displayMoney(cents: number): string {
  return `${currency.prefix}${money(cents)}${currency.suffix}`;
}

export function orZeroDatetime(value: string | null): string {
  return value ?? ZERO_DATETIME;
}

export const countryNames: Record<string, string> = {
  DE: "Germany",
  US: "United States",
  GB: "United Kingdom",
  NL: "Netherlands",
  FR: "France",
};

/** `limitstart`/`limitnum` (defaults 0/25) applied to a list, with the echo fields WHMCS returns. */
export function paginate<T>(
  list: T[],
  params: PhpArray,
): { page: T[]; meta: { totalresults: number; startnumber: number; numreturned: number } } {
  const start = Math.max(0, int(params, "limitstart") ?? 0);
  const limit = Math.max(1, int(params, "limitnum") ?? 25);
  const page = list.slice(start, start + limit);
  return {
    page,
    meta: { totalresults: list.length, startnumber: start, numreturned: page.length },
  };
}

/** WHMCS `search`: case-insensitive match at the start of any of the given fields. */
export function startsWithAny(search: string | undefined, fields: string[]): boolean {
  const needle = (search ?? "").trim().toLowerCase();
  return needle === "" || fields.some((f) => f.toLowerCase().startsWith(needle));
}

export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
