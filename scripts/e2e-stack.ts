import { e2ePorts } from "../e2e/ports";
import { startStack } from "./lib/stack";

/** The stack the browser tests run against: its own ports, a fresh database and sandbox seed. */
const ports = e2ePorts();
const stack = await startStack({
  portalPort: ports.portal,
  sandboxPort: ports.sandbox,
  smtpPort: ports.smtp,
  dataDir: ports.dataDir,
  fresh: true,
  quiet: true,
  env: {
    ...process.env,
    APP_ENV: "test",
    SIGNIN_MAX_FAILURES: "5",
    UPSTREAM_TIMEOUT_MS: "3000",
    TERMS_URL: "https://hoster.example/terms",
  },
  // Loaded late: it imports the Prisma client, which the stack generates first on a fresh clone.
  beforePortal: async (env, sandboxUrl) => {
    await (await import("../e2e/fixtures/seed-notifications")).seedNotifications(env, sandboxUrl);
    await (
      await import("../e2e/fixtures/seed-payment-methods")
    ).seedPaymentMethods(env, sandboxUrl);
  },
});
console.log(`e2e stack ready: ${stack.portalUrl}`);
const shutdown = async () => {
  await stack.stop();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
