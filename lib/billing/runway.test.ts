import { describe, expect, it } from "vitest";
import { estimateRunway } from "./runway";

const week = (perHour: number) => Array.from({ length: 168 }, () => perHour);

describe("estimateRunway", () => {
  it("says nothing is being spent when there are no charges", () => {
    expect(estimateRunway({ mainBalance: 1000, bonusBalance: 0, hourlyCharges: [] })).toEqual({
      kind: "no_spend",
    });
    expect(
      estimateRunway({ mainBalance: 1000, bonusBalance: 50, hourlyCharges: week(0) }).kind,
    ).toBe("no_spend");
  });

  it("divides the balance by a steady hourly spend", () => {
    // 10 per hour = 240 per day; 2,400 lasts 10 days.
    const runway = estimateRunway({ mainBalance: 2400, bonusBalance: 0, hourlyCharges: week(10) });
    expect(runway).toMatchObject({ kind: "lasts", days: 10, hours: 240, hourlyRate: 10 });
  });

  it("spends the bonus first, then the main balance", () => {
    const runway = estimateRunway({
      mainBalance: 2400,
      bonusBalance: 480,
      hourlyCharges: week(10),
    });
    expect(runway).toMatchObject({ kind: "lasts", days: 12, bonusHours: 48 });
  });

  it("uses the last day's rate when spend is rising", () => {
    const rising = [
      ...Array.from({ length: 144 }, () => 5),
      ...Array.from({ length: 24 }, () => 20),
    ];
    const flat = estimateRunway({ mainBalance: 4800, bonusBalance: 0, hourlyCharges: week(5) });
    const runway = estimateRunway({ mainBalance: 4800, bonusBalance: 0, hourlyCharges: rising });
    expect(flat).toMatchObject({ days: 40 });
    expect(runway).toMatchObject({ kind: "lasts", days: 10, hourlyRate: 20 });
  });

  it("keeps the week's rate when the last day was quiet", () => {
    const quiet = [
      ...Array.from({ length: 144 }, () => 14),
      ...Array.from({ length: 24 }, () => 0),
    ];
    const runway = estimateRunway({ mainBalance: 2400, bonusBalance: 0, hourlyCharges: quiet });
    expect(runway).toMatchObject({ kind: "lasts", hourlyRate: 12, days: 8 });
  });

  it("reports less than a day as 0 days, and an empty or negative balance as exhausted", () => {
    expect(
      estimateRunway({ mainBalance: 100, bonusBalance: 0, hourlyCharges: week(10) }),
    ).toMatchObject({ kind: "lasts", days: 0, hours: 10 });
    expect(estimateRunway({ mainBalance: -500, bonusBalance: 0, hourlyCharges: week(10) })).toEqual(
      { kind: "exhausted", hourlyRate: 10 },
    );
  });

  it("ignores refunds (negative hours) in the rate", () => {
    const hours = [...week(10).slice(0, 167), -1000];
    const runway = estimateRunway({ mainBalance: 2400, bonusBalance: 0, hourlyCharges: hours });
    expect(runway.kind).toBe("lasts");
  });
});
