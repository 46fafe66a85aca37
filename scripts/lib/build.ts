import { spawnSync } from "node:child_process";
import {
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "auth.ts",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const SKIP = new Set(["node_modules", "generated", "__fixtures__"]);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (SKIP.has(entry)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** A production build is reused until a source file is newer than it. */
export function buildIsStale(): boolean {
  const marker = `${process.env.NEXT_DIST_DIR || ".next"}/BUILD_ID`;
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return SOURCES.some((path) => newestMtime(path) > built);
}

export function buildPortal(env: NodeJS.ProcessEnv): void {
  console.log("Building the portal (production build, about 30 s)…");
  const result = keepingTsconfig(() =>
    spawnSync("node_modules/.bin/next", ["build"], {
      stdio: "inherit",
      env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
    }),
  );
  if (result.status !== 0) throw new Error("next build failed");
}

/**
 * `next build` with a custom NEXT_DIST_DIR (parallel browser-test slots, the benchmark) adds that
 * folder's types to tsconfig.json and reformats it, leaving the working tree dirty. The file is put
 * back as it was, with its old modification time, so the build does not look stale afterwards.
 */
function keepingTsconfig<T>(build: () => T): T {
  const path = "tsconfig.json";
  const before = readFileSync(path);
  const { atime, mtime } = statSync(path);
  try {
    return build();
  } finally {
    if (!readFileSync(path).equals(before)) {
      writeFileSync(path, before);
      utimesSync(path, atime, mtime);
    }
  }
}

export function generatePrismaClient(env: NodeJS.ProcessEnv): void {
  const result = spawnSync("node_modules/.bin/tsx", ["scripts/db/generate.ts"], {
    stdio: "inherit",
    env,
  });
  if (result.status !== 0) throw new Error("prisma generate failed");
}
