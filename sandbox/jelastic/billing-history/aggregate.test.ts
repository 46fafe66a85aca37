import { describe, expect, it } from "vitest";
import { chargeProfiles } from "../../seed-data/billing-history-profiles";
import { aggregateCharges, type AggregateQuery, type Period } from "./aggregate";

const NOW = Date.UTC(2026, 10, 30, 12, 30);
const HOUR = 3_600_000;
const billing = chargeProfiles[1002]!;
const veteran = chargeProfiles[1007]!;

function query(days: number, period: Period, extra: Partial<AggregateQuery> = {}) {
  const endMs = Math.floor(NOW / HOUR) * HOUR;
  return { startMs: endMs - days * 24 * HOUR, endMs, period, offsetMinutes: 0, ...extra };
}

const sum = (rows: ReturnType<typeof aggregateCharges>, key: "total" | "bonus") =>
  rows.reduce((acc, row) => acc + row.sums[key], 0);

describe("sandbox billing history", () => {
  it("gives the same totals whatever the period", () => {
    const byHour = aggregateCharges(billing, query(40, "HOUR"), NOW);
    for (const period of ["DAY", "WEEK", "MONTH", "AGE"] as const) {
      const rows = aggregateCharges(billing, query(40, period), NOW);
      expect(sum(rows, "total")).toBe(sum(byHour, "total"));
      expect(sum(rows, "bonus")).toBe(sum(byHour, "bonus"));
    }
    expect(aggregateCharges(billing, query(40, "AGE"), NOW)).toHaveLength(3);
  });

  it("is deterministic and keeps rows per environment and period", () => {
    const a = aggregateCharges(billing, query(7, "DAY"), NOW);
    expect(aggregateCharges(billing, query(7, "DAY"), NOW)).toEqual(a);
    expect(new Set(a.map((r) => r.env.envName))).toEqual(
      new Set(["bill-shop", "bill-staging", "bill-wiki"]),
    );
    const staging = a.filter((r) => r.env.envName === "bill-staging");
    // Stopped nine days ago: storage and the public IP only.
    expect(staging.every((r) => r.sums.fixed === 0 && r.sums.flexible === 0)).toBe(true);
    expect(staging.every((r) => r.sums.storage > 0 && r.sums.extIp > 0)).toBe(true);
  });

  it("spends each month's bonus first, across environments, also when one is asked for", () => {
    const months = aggregateCharges(billing, query(120, "MONTH"), NOW);
    const byMonth = new Map<number, { total: number; bonus: number }>();
    for (const row of months) {
      const m = byMonth.get(row.bucketLocalMs) ?? { total: 0, bonus: 0 };
      m.total += row.sums.total;
      m.bonus += row.sums.bonus;
      byMonth.set(row.bucketLocalMs, m);
    }
    const full = [...byMonth.values()].slice(1, -1);
    for (const m of full) expect(m.bonus).toBe(billing.monthlyBonusMicro);

    const shop = aggregateCharges(billing, query(30, "DAY"), NOW).filter(
      (r) => r.env.envName === "bill-shop",
    );
    const onlyShop = aggregateCharges(
      billing,
      query(30, "DAY", { appid: shop[0]!.env.appid }),
      NOW,
    );
    expect(onlyShop).toEqual(shop);
  });

  it("keeps a removed environment in the history of its time only", () => {
    const old = aggregateCharges(billing, query(160, "MONTH"), NOW);
    expect(old.some((r) => r.env.envName === "bill-promo")).toBe(true);
    const recent = aggregateCharges(billing, query(90, "MONTH"), NOW);
    expect(recent.some((r) => r.env.envName === "bill-promo")).toBe(false);
  });

  it("answers two years by month in bounded work, with rising spend", () => {
    const started = performance.now();
    const rows = aggregateCharges(veteran, query(730, "MONTH"), NOW);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(rows.length).toBeGreaterThanOrEqual(24 * 3);
    const app = rows.filter((r) => r.env.envName === "vera-app");
    expect(app.at(-2)!.sums.flexible).toBeGreaterThan(app[1]!.sums.flexible);
    expect(aggregateCharges(veteran, query(5000, "YEAR"), NOW).length).toBeLessThanOrEqual(4 * 3);
  });
});
