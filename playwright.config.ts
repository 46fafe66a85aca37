import { defineConfig } from "@playwright/test";

import { e2ePorts } from "./e2e/ports";

const ports = e2ePorts();
export const PORTAL_URL = `http://127.0.0.1:${ports.portal}`;
export const SANDBOX_URL = `http://127.0.0.1:${ports.sandbox}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: ports.outputDir,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  // The sandbox's fault switches are global, so tests run one at a time against one stack.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  reporter: [
    ["list"],
    [
      "json",
      { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-results/reports/e2e.json" },
    ],
    ["html", { open: "never", outputFolder: "playwright-report" }],
  ],
  use: {
    baseURL: PORTAL_URL,
    screenshot: "on",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "node_modules/.bin/tsx scripts/e2e-stack.ts",
    url: `${PORTAL_URL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
