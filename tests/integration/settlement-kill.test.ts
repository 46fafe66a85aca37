import { spawn } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { settle } from "@/lib/payments/settle";
import { BILLING, startHarness, TEST_LEASE_MS, type Harness } from "./support/settlement-harness";
import { evidence, newRefill, whmcsOrders } from "./support/settlement-probes";

/**
 * A real process, really killed (SIGKILL) between an upstream effect and its state write; another
 * process then finishes the attempt. Needs PostgreSQL (TEST_DATABASE_URL): two processes cannot
 * share an embedded PGlite folder.
 */
function settleInChildAndHang(h: Harness, paymentId: string, step: string) {
  const child = spawn(
    "npx",
    [
      "tsx",
      "tests/integration/support/settle-then-hang.ts",
      h.databaseUrl ?? "",
      h.sandboxUrl,
      paymentId,
      step,
    ],
    { stdio: ["ignore", "pipe", "inherit"], detached: true },
  );
  return new Promise<() => void>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      // Kill the whole process group (npx → tsx → node) at once, like an OOM kill.
      if (out.includes("HUNG")) resolve(() => process.kill(-(child.pid ?? 0), "SIGKILL"));
      if (out.includes("FINISHED")) reject(new Error("child finished without hanging"));
    });
    child.on("exit", (code) => {
      if (!out.includes("HUNG")) reject(new Error(`child exited ${code} before hanging`));
    });
  });
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("settlement when the process is killed", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness("postgres");
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    await h.reset();
  });

  for (const step of ["paid", "recorded_in_whmcs"]) {
    it(`kill -9 right after the upstream effect of "${step}": another process finishes it once`, async () => {
      const payment = await newRefill(h);
      const kill = await settleInChildAndHang(h, payment.id, step);
      kill();
      expect((await evidence(h, payment.id)).state).toBe(step);
      await new Promise((resolve) => setTimeout(resolve, TEST_LEASE_MS + 100));
      expect((await settle(payment.id, h.deps())).state).toBe("done");
      const e = await evidence(h, payment.id);
      expect(e).toMatchObject({ whmcsPayments: 1, fundings: 1, notifications: 1 });
      expect(await whmcsOrders(h, BILLING.clientId)).toHaveLength(1);
    });
  }
});
