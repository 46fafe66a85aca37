import { z } from "zod";
import type { HistoryPeriod } from "@/lib/jelastic/types-billing-history";

/** The page's and the CSV export's filters, as they appear in the URL. */
export const HISTORY_PERIODS = ["hour", "day", "week", "month"] as const;
export type HistoryPeriodChoice = (typeof HISTORY_PERIODS)[number];

export type HistoryFilters = {
  /** Inclusive UTC dates, yyyy-mm-dd. */
  from: string;
  to: string;
  period: HistoryPeriodChoice;
  /** One environment's name, or null for all. */
  env: string | null;
};

export type HistoryRange = HistoryFilters & {
  start: Date;
  end: Date;
  platformPeriod: HistoryPeriod;
};

export type HistoryQueryError = "invalidDate" | "rangeReversed" | "rangeTooLong";

export type ParsedHistoryQuery =
  | { ok: true; range: HistoryRange }
  | { ok: false; error: HistoryQueryError; filters: HistoryFilters };

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;
/** Longest range per period, so a page never has more than a few hundred periods to show. */
export const MAX_RANGE_DAYS: Record<HistoryPeriodChoice, number> = {
  hour: 31,
  day: 366,
  week: 3 * 366,
  month: 5 * 366,
};

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && isRealDate(text));
const envName = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/i);

function isRealDate(text: string): boolean {
  return new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

const toDateText = (ms: number) => new Date(ms).toISOString().slice(0, 10);

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/**
 * Reads `from`, `to`, `period` and `env` with defaults (the last 30 days by day, all environments).
 * Unknown periods and malformed environment names fall back to the defaults; bad dates and ranges
 * are reported so the form can say what is wrong.
 */
export function parseHistoryQuery(params: SearchParams, now: Date): ParsedHistoryQuery {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const periodText = first(params.period);
  const period = HISTORY_PERIODS.find((p) => p === periodText) ?? "day";
  const envText = first(params.env);
  const env = envText && envName.safeParse(envText).success ? envText : null;
  const toText = first(params.to) ?? toDateText(today);
  const fromText =
    first(params.from) ??
    toDateText(Date.parse(`${toText}T00:00:00Z`) - (DEFAULT_DAYS - 1) * DAY_MS);
  const filters: HistoryFilters = { from: fromText, to: toText, period, env };

  if (!date.safeParse(fromText).success || !date.safeParse(toText).success)
    return { ok: false, error: "invalidDate", filters };
  const start = Date.parse(`${fromText}T00:00:00Z`);
  const end = Date.parse(`${toText}T00:00:00Z`) + DAY_MS;
  if (end <= start) return { ok: false, error: "rangeReversed", filters };
  if ((end - start) / DAY_MS > MAX_RANGE_DAYS[period])
    return { ok: false, error: "rangeTooLong", filters };
  return {
    ok: true,
    range: {
      ...filters,
      start: new Date(start),
      end: new Date(end),
      platformPeriod: period.toUpperCase() as HistoryPeriod,
    },
  };
}

/** The same filters as URL parameters (for the CSV link and period switches). */
export function historySearch(filters: HistoryFilters, change: Partial<HistoryFilters> = {}) {
  const next = { ...filters, ...change };
  const params = new URLSearchParams({ from: next.from, to: next.to, period: next.period });
  if (next.env) params.set("env", next.env);
  return params.toString();
}
