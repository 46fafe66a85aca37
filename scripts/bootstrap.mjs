#!/usr/bin/env node
// First entry point of `npm start` / `npm test`. It runs under whatever Node the machine has, so it
// uses nothing but Node built-ins: install the locked dependencies when they are missing or stale,
// then hand over to the real script, which npm runs under the pinned Node from node_modules/.bin.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const target = { start: "serve", test: "test:all" }[process.argv[2] ?? ""];
if (!target) {
  console.error("usage: node scripts/bootstrap.mjs start|test");
  process.exit(2);
}

const installed = "node_modules/.package-lock.json";
const stale =
  !existsSync(installed) || statSync("package-lock.json").mtimeMs > statSync(installed).mtimeMs;
if (stale) {
  console.log("Installing dependencies from package-lock.json (first run takes about a minute)…");
  run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
}
run("npm", ["run", "--silent", target]);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
