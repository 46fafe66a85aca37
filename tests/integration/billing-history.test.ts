import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJelasticClient, JelasticApiError, type JelasticClient } from "@/lib/jelastic";
import { toJelasticForm } from "@/lib/jelastic";
import { demoUsers } from "@/sandbox/demo-users";
import { startSandbox } from "@/sandbox/server";

/** The billing-history client against the sandbox over real HTTP: wire format and ownership. */
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let dataDir: string;
let jelastic: JelasticClient;
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const HOUR = 3_600_000;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "sandbox-history-"));
  sandbox = await startSandbox({ port: 0, smtpPort: 0, dataDir, quiet: true });
  jelastic = createJelasticClient({
    baseUrl: `${sandbox.url}/jelastic`,
    regUrl: `${sandbox.url}/jelastic-reg`,
    adminToken: "sandbox_platform_admin_token",
    currency: "USD",
    timeoutMs: 5_000,
    logger: silent,
  });
});

afterAll(async () => {
  await sandbox.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const signIn = async (user: { email: string; password: string }) =>
  (await jelastic.signIn(user.email, user.password)).session;

function lastDays(days: number) {
  const end = new Date(Math.floor(Date.now() / HOUR) * HOUR);
  return { start: new Date(end.getTime() - days * 24 * HOUR), end };
}

const sum = (rows: { total: number }[]) => rows.reduce((acc, row) => acc + row.total, 0);

describe("billing history ↔ sandbox", () => {
  it("aggregates upstream: the same total by hour, day and month, one row per env and period", async () => {
    const session = await signIn(demoUsers.billing);
    const range = lastDays(7);
    const byHour = await jelastic.getBillingHistory(session, { ...range, period: "HOUR" });
    const byDay = await jelastic.getBillingHistory(session, { ...range, period: "DAY" });
    const byAge = await jelastic.getBillingHistory(session, { ...range, period: "AGE" });
    expect(byHour.length).toBeGreaterThan(byDay.length);
    expect(sum(byDay)).toBe(sum(byHour));
    expect(sum(byAge)).toBe(sum(byHour));
    expect(byAge.map((r) => r.envName).sort()).toEqual(["bill-shop", "bill-staging", "bill-wiki"]);
    const shop = byAge.find((r) => r.envName === "bill-shop");
    expect(shop?.resources).toMatchObject({
      cloudletsReserved: expect.any(Number),
      cloudletsDynamic: expect.any(Number),
      publicIp: expect.any(Number),
      ssl: expect.any(Number),
    });
  });

  it("filters one environment by appid and shows nothing of another account's", async () => {
    const billing = await signIn(demoUsers.billing);
    const trial = await signIn(demoUsers.trial);
    const range = lastDays(10);
    const trialRows = await jelastic.getBillingHistory(trial, { ...range, period: "AGE" });
    expect(trialRows.map((r) => r.envName)).toEqual(["tess-hello"]);
    const stolen = await jelastic.getBillingHistory(billing, {
      ...range,
      period: "DAY",
      appid: trialRows[0]?.appid,
    });
    expect(stolen).toEqual([]);
    const own = await jelastic.getBillingHistory(trial, {
      ...range,
      period: "DAY",
      appid: trialRows[0]?.appid,
    });
    expect(own.length).toBeGreaterThan(0);
  });

  it("answers two years by month for the long-history account, bonus included", async () => {
    const session = await signIn(demoUsers.veteran);
    const rows = await jelastic.getBillingHistory(session, { ...lastDays(730), period: "MONTH" });
    expect(new Set(rows.map((r) => r.periodStart)).size).toBeGreaterThanOrEqual(24);
    expect(rows.some((r) => r.bonus > 0)).toBe(true);
  });

  it("refuses a malformed period with a platform error and no session with 702", async () => {
    const session = await signIn(demoUsers.billing);
    const response = await fetch(
      `${sandbox.url}/jelastic/1.0/billing/account/rest/getaccountbillinghistorybyperiod`,
      {
        method: "POST",
        body: toJelasticForm({
          session,
          startTime: "2026-11-01 00:00:00",
          endTime: "2026-11-02 00:00:00",
          period: "FORTNIGHT",
        }),
      },
    );
    expect(await response.json()).toMatchObject({ result: 99 });
    await expect(
      jelastic.getBillingHistory("not-a-session", { ...lastDays(1), period: "DAY" }),
    ).rejects.toBeInstanceOf(JelasticApiError);
  });
});
