import type { HistoryPeriodChoice } from "./query";

const OPTIONS: Record<HistoryPeriodChoice, Intl.DateTimeFormatOptions> = {
  hour: { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" },
  day: { dateStyle: "medium", timeZone: "UTC" },
  week: { dateStyle: "medium", timeZone: "UTC" },
  month: { month: "long", year: "numeric", timeZone: "UTC" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, period: HistoryPeriodChoice): Intl.DateTimeFormat {
  const key = `${locale}|${period}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, OPTIONS[period]);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "Nov 3, 2026", "Nov 3, 2026, 2:00 PM", "November 2026", or `weekOf("Nov 2, 2026")`; in UTC. */
export function periodLabel(
  startIso: string,
  period: HistoryPeriodChoice,
  locale: string,
  weekOf: (date: string) => string,
): string {
  const text = formatterFor(locale, period).format(new Date(startIso));
  return period === "week" ? weekOf(text) : text;
}

/** A date of the filters (yyyy-mm-dd, UTC) in the reader's words. */
export function dayLabel(date: string, locale: string): string {
  return formatterFor(locale, "day").format(new Date(`${date}T00:00:00Z`));
}
