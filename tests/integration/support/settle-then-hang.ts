/**
 * Child process for the kill -9 test: settles one payment against PostgreSQL and the sandbox, and
 * hangs forever right after the upstream effect of step `argv[5]` (before its state is written),
 * printing HUNG so the test knows when to kill it.
 */
import { createPrismaClient } from "@/lib/db";
import { settle } from "@/lib/payments/settle";
import { testDeps, upstreamClients } from "./settlement-harness";
import { createTestCardProvider } from "./test-card-provider";

const [databaseUrl = "", sandboxUrl = "", paymentId = "", hangAt = ""] = process.argv.slice(2);
const db = createPrismaClient({ databaseUrl, poolMax: 2 });
const deps = {
  ...testDeps(db, upstreamClients(sandboxUrl), createTestCardProvider("instant")),
  afterEffect: async (step: string) => {
    if (step !== hangAt) return;
    console.log("HUNG");
    await new Promise(() => undefined);
  },
};
await settle(paymentId, deps);
console.log("FINISHED");
