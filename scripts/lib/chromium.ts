import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Browser tests use Debian's Chromium (Playwright cannot download its own browser offline).
 * As root it is installed with apt-get; otherwise the one command to run is printed.
 */
export function ensureChromium(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.getuid?.() !== 0) {
    console.error(
      "Chromium is missing: run `sudo apt-get install -y chromium`, then npm test again.",
    );
    return false;
  }
  console.log("Installing Chromium from Debian packages (about a minute)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (result.status !== 0) return false;
  }
  return existsSync(CHROMIUM_PATH);
}
