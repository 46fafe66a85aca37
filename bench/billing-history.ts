import { startStack } from "../scripts/lib/stack";
import { billingHistoryBench, formatBillingHistory } from "./lib/billing-history";

/**
 * The billing-history section of `npm run bench` alone (`npm run bench:billing-history`), on its own
 * ports and data folder so it can run beside other stacks. Prints figures; never fails on a target.
 */
const stack = await startStack({
  portalPort: Number(process.env.BENCH_PORTAL_PORT ?? 3330),
  sandboxPort: Number(process.env.BENCH_SANDBOX_PORT ?? 4330),
  smtpPort: Number(process.env.BENCH_SMTP_PORT ?? 4335),
  dataDir: ".data/bench-billing-history",
  fresh: true,
  quiet: true,
  env: { ...process.env, APP_ENV: "test", LOG_LEVEL: "error" },
});
try {
  console.log(`\n${formatBillingHistory(await billingHistoryBench(stack.portalUrl))}\n`);
} finally {
  await stack.stop();
}
