import { startStack } from "./lib/stack";

/** The stack the browser tests run against: its own ports, a fresh database and sandbox seed. */
const stack = await startStack({
  portalPort: 3100,
  sandboxPort: 4110,
  smtpPort: 4125,
  dataDir: ".data/e2e",
  fresh: true,
  quiet: true,
  env: { ...process.env, APP_ENV: "test", SIGNIN_MAX_FAILURES: "5", UPSTREAM_TIMEOUT_MS: "3000" },
});
console.log(`e2e stack ready: ${stack.portalUrl}`);
const shutdown = async () => {
  await stack.stop();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
