import { describe, expect, it } from "vitest";
import type { BillingHistoryRow } from "@/lib/jelastic/types-billing-history";
import { periodStarts } from "./periods";
import { historySearch, parseHistoryQuery } from "./query";
import { summarizeHistory } from "./summarize";

const NOW = new Date("2026-11-30T12:34:00Z");

describe("parseHistoryQuery", () => {
  it("defaults to the last 30 days by day for all environments", () => {
    const parsed = parseHistoryQuery({}, NOW);
    expect(parsed).toMatchObject({
      ok: true,
      range: {
        from: "2026-11-01",
        to: "2026-11-30",
        period: "day",
        env: null,
        platformPeriod: "DAY",
      },
    });
    if (!parsed.ok) throw new Error("expected ok");
    expect(parsed.range.start.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(parsed.range.end.toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });

  it("reads the filters and ignores unknown periods and malformed environment names", () => {
    const parsed = parseHistoryQuery(
      { from: "2026-10-01", to: "2026-10-31", period: "week", env: "bill-shop" },
      NOW,
    );
    expect(parsed).toMatchObject({ ok: true, range: { period: "week", env: "bill-shop" } });
    expect(parseHistoryQuery({ period: "year", env: "../x" }, NOW)).toMatchObject({
      ok: true,
      range: { period: "day", env: null },
    });
  });

  it("reports impossible dates, reversed and too long ranges", () => {
    expect(parseHistoryQuery({ from: "2026-02-30" }, NOW)).toMatchObject({
      ok: false,
      error: "invalidDate",
    });
    expect(parseHistoryQuery({ from: "2026-11-10", to: "2026-11-01" }, NOW)).toMatchObject({
      ok: false,
      error: "rangeReversed",
    });
    expect(
      parseHistoryQuery({ from: "2026-01-01", to: "2026-11-30", period: "hour" }, NOW),
    ).toMatchObject({ ok: false, error: "rangeTooLong", filters: { period: "hour" } });
  });

  it("writes the filters back as URL parameters", () => {
    const filters = { from: "2026-11-01", to: "2026-11-30", period: "day" as const, env: null };
    expect(historySearch(filters, { period: "week" })).toBe(
      "from=2026-11-01&to=2026-11-30&period=week",
    );
    expect(historySearch(filters, { env: "bill-shop" })).toContain("env=bill-shop");
  });
});

describe("periodStarts", () => {
  const start = new Date("2026-11-04T00:00:00Z");
  const end = new Date("2026-12-02T00:00:00Z");
  it("lists every hour, day, Monday-based week and month of the range", () => {
    expect(periodStarts(start, new Date("2026-11-04T03:00:00Z"), "hour")).toHaveLength(3);
    expect(periodStarts(start, end, "day")).toHaveLength(28);
    expect(periodStarts(start, end, "week")[0]).toBe("2026-11-02T00:00:00.000Z");
    expect(periodStarts(start, end, "month")).toEqual([
      "2026-11-01T00:00:00.000Z",
      "2026-12-01T00:00:00.000Z",
    ]);
  });
});

describe("summarizeHistory", () => {
  const row = (periodStart: string, envName: string, total: number, bonus: number) =>
    ({
      periodStart,
      appid: `${envName}-id`,
      envName,
      displayName: envName.toUpperCase(),
      total,
      bonus,
      resources: { cloudletsReserved: total - 10_000, storage: 10_000 },
    }) satisfies BillingHistoryRow;
  const day1 = "2026-11-01T00:00:00.000Z";
  const day2 = "2026-11-02T00:00:00.000Z";
  const day3 = "2026-11-03T00:00:00.000Z";

  it("sums rows per period, per environment and in total, splitting bonus and main", () => {
    const summary = summarizeHistory(
      [row(day1, "a", 1_234_567, 234_567), row(day1, "b", 15_000, 0), row(day3, "a", 5_000, 0)],
      [day1, day2, day3],
      "USD",
    );
    expect(summary.resources).toEqual(["cloudletsReserved", "storage"]);
    expect(summary.periods.map((p) => p.figures.total.amountMinor)).toEqual([125, 0, 1]);
    expect(summary.periods[0]?.figures.bonus.amountMinor).toBe(23);
    expect(summary.periods[0]?.figures.main.amountMinor).toBe(102);
    // Exact sum, rounded once: 1,254,567 charge units = 125.4567 cents, whatever the periods.
    expect(summary.totals.total).toEqual({ amountMinor: 125, currency: "USD" });
    expect(summary.totals.bonus.amountMinor + summary.totals.main.amountMinor).toBe(125);
    expect(summary.environments.map((e) => [e.envName, e.figures.total.amountMinor])).toEqual([
      ["a", 124],
      ["b", 2],
    ]);
  });

  it("ignores rows outside the periods asked for", () => {
    const summary = summarizeHistory(
      [row("2026-10-01T00:00:00.000Z", "a", 99_999, 0)],
      [day1],
      "USD",
    );
    expect(summary.totals.total.amountMinor).toBe(0);
    expect(summary.environments).toEqual([]);
  });
});
