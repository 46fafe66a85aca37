import { startStack } from "../scripts/lib/stack";
import { invoicePagesReport } from "./lib/invoice-pages";

/** Only the "View invoices" section of `npm run bench` (`npx tsx bench/invoices.ts`). */
const stack = await startStack({
  portalPort: Number(process.env.BENCH_PORTAL_PORT ?? 3200),
  sandboxPort: Number(process.env.BENCH_SANDBOX_PORT ?? 4210),
  smtpPort: Number(process.env.BENCH_SMTP_PORT ?? 4225),
  dataDir: process.env.BENCH_DATA_DIR ?? ".data/bench",
  fresh: true,
  quiet: true,
  env: { ...process.env, APP_ENV: "test", LOG_LEVEL: "error" },
});
try {
  console.log(`\n${await invoicePagesReport(stack.portalUrl)}\n`);
} finally {
  await stack.stop();
}
