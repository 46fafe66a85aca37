import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { buildPortal, generatePrismaClient } from "./lib/build";
import { ensureChromium } from "./lib/chromium";
import { playwrightTally, vitestTally, type Tally } from "./lib/tally";

/**
 * The whole suite, in the order a reviewer would run it. Every step runs even after a failure so
 * one report shows everything; the last line is the total over all suites.
 */
const REPORTS = "test-results/reports";
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: "1" };
const total: Tally = { passed: 0, failed: 0 };
const summary: string[] = [];

function record(name: string, tally: Tally) {
  total.passed += tally.passed;
  total.failed += tally.failed;
  summary.push(`${name.padEnd(18)} ${tally.passed} passed, ${tally.failed} failed`);
}

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "inherit", env }).status === 0;
}

function check(name: string, command: string, args: string[]) {
  console.log(`\n== ${name} ==`);
  const ok = run(command, args);
  record(name, { passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

function step(name: string, action: () => void): boolean {
  console.log(`\n== ${name} ==`);
  try {
    action();
    return true;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    record(name, { passed: 0, failed: 1 });
    return false;
  }
}

const bin = (name: string) => `node_modules/.bin/${name}`;

const chromiumReady = step("chromium", () => {
  if (!ensureChromium()) throw new Error("Chromium is not available");
});
const generated = step("prisma generate", () => generatePrismaClient(env));

check("format", bin("prettier"), ["--check", "--log-level=warn", "."]);
check("lint", bin("eslint"), ["--max-warnings=0", "."]);
check("typecheck", bin("tsc"), ["--noEmit"]);

for (const project of ["unit", "integration"]) {
  console.log(`\n== ${project} tests ==`);
  const file = `${REPORTS}/${project}.json`;
  run(bin("vitest"), [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${file}`,
  ]);
  record(`${project} tests`, vitestTally(file) ?? { passed: 0, failed: 1 });
}

const built = generated && step("build", () => buildPortal(env));
if (chromiumReady && built) {
  console.log("\n== browser tests ==");
  const file = `${REPORTS}/e2e.json`;
  spawnSync(bin("playwright"), ["test"], {
    stdio: "inherit",
    env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: file },
  });
  record("browser tests", playwrightTally(file) ?? { passed: 0, failed: 1 });
} else {
  record("browser tests", { passed: 0, failed: 1 });
}

console.log(`\n${summary.join("\n")}\n`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
