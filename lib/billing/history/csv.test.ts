import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { createTranslator } from "@/lib/i18n/translate";
import type { BillingHistoryRow } from "@/lib/jelastic/types-billing-history";
import { historyCsv, historyCsvFilename } from "./csv";
import { periodStarts } from "./periods";
import { summarizeHistory } from "./summarize";

const t = createTranslator("en", en);
const range = { from: "2026-11-02", to: "2026-11-15", period: "week" as const, env: null };

const row = (periodStart: string, envName: string, total: number, bonus: number) =>
  ({
    periodStart,
    appid: envName,
    envName,
    displayName: "=cmd|' /C calc'!A0",
    total,
    bonus,
    resources: { cloudletsReserved: total },
  }) satisfies BillingHistoryRow;

describe("historyCsv", () => {
  const starts = periodStarts(
    new Date("2026-11-02T00:00:00Z"),
    new Date("2026-11-16T00:00:00Z"),
    "week",
  );
  const summary = summarizeHistory(
    [row(starts[0]!, "evil", 12_345_678, 2_000_000), row(starts[1]!, "evil", 5_000, 0)],
    starts,
    "USD",
  );

  it("has the table's columns and rows, money as decimal strings with the currency", () => {
    const csv = historyCsv({ ...summary, range, environment: null }, t, "en");
    const lines = csv.replace("\uFEFF", "").split("\r\n");
    expect(lines).toEqual([
      "Period,Period start (UTC),Environment,Reserved cloudlets,Bonus,Main balance,Total,Currency",
      '"Week of Nov 2, 2026",2026-11-02T00:00:00.000Z,All environments,12.35,2.00,10.35,12.35,USD',
      '"Week of Nov 9, 2026",2026-11-09T00:00:00.000Z,All environments,0.01,0.00,0.01,0.01,USD',
      "Total,,All environments,12.35,2.00,10.35,12.35,USD",
      "",
    ]);
  });

  it("keeps an environment's name from running as a formula", () => {
    const csv = historyCsv(
      { ...summary, range: { ...range, env: "evil" }, environment: summary.environments[0]! },
      t,
      "en",
    );
    expect(csv).toContain(",'=cmd|' /C calc'!A0,12.35,");
    expect(historyCsvFilename({ ...range, env: "evil" })).toBe(
      "billing-history_2026-11-02_2026-11-15_week_evil.csv",
    );
  });
});
