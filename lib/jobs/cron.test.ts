import { describe, expect, it } from "vitest";
import { cronEveryMinutes } from "./cron";

describe("cronEveryMinutes", () => {
  it.each([
    [1, "* * * * *"],
    [5, "*/5 * * * *"],
    [15, "*/15 * * * *"],
    [59, "*/59 * * * *"],
    [60, "0 * * * *"],
    [90, "0 */2 * * *"],
    [180, "0 */3 * * *"],
    [1440, "0 0 * * *"],
  ])("every %i minutes → %s", (minutes, cron) => {
    expect(cronEveryMinutes(minutes)).toBe(cron);
  });
});
