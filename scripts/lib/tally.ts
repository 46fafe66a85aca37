import { existsSync, readFileSync } from "node:fs";

export type Tally = { passed: number; failed: number };

/** Counts from Vitest's JSON reporter (Jest-compatible shape). */
export function vitestTally(file: string): Tally | null {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests?: number;
    numFailedTests?: number;
    numFailedTestSuites?: number;
  };
  return {
    passed: report.numPassedTests ?? 0,
    // A file that fails to load has no failed tests but a failed suite: count it too.
    failed:
      (report.numFailedTests ?? 0) +
      (report.numFailedTests ? 0 : (report.numFailedTestSuites ?? 0)),
  };
}

/** Counts from Playwright's JSON reporter; flaky tests passed on retry and count as passed. */
export function playwrightTally(file: string): Tally | null {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats?: { expected?: number; unexpected?: number; flaky?: number };
    errors?: unknown[];
  };
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (report.errors?.length ?? 0),
  };
}
