import { demoUsers } from "@/sandbox/demo-users";
import { firstLoadJsKb } from "./first-load-js";
import { signInCookie } from "./session";
import { ms, summarize } from "./stats";

type Series = ReturnType<typeof summarize> & { bytes: number };
export type BillingHistoryFigures = {
  requests: number;
  page: { twoYears: Series; oneMonth: Series };
  csv: { twoYears: Series; oneMonth: Series };
  twoYearsByMonth: Series;
  firstLoadJsKb: number;
};

const REQUESTS = Number(process.env.BENCH_HISTORY_REQUESTS ?? 30);
const WARM_UP = 3;

/**
 * "Billing history" for an account with two years of hourly charges against one with a month of
 * them, same environments, same default view (last 30 days by day) and the CSV export of it.
 * Requests alternate between the two accounts, so noise on a shared machine hits both alike.
 */
export async function billingHistoryBench(portalUrl: string): Promise<BillingHistoryFigures> {
  const veteran = await signInCookie(
    portalUrl,
    demoUsers.veteran.email,
    demoUsers.veteran.password,
  );
  const newcomer = await signInCookie(
    portalUrl,
    demoUsers.newcomer.email,
    demoUsers.newcomer.password,
  );
  const [pageTwoYears, pageOneMonth] = await alternate(
    `${portalUrl}/billing/history`,
    veteran,
    newcomer,
  );
  const [csvTwoYears, csvOneMonth] = await alternate(
    `${portalUrl}/billing/history/export`,
    veteran,
    newcomer,
  );
  const to = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 729 * 86_400_000).toISOString().slice(0, 10);
  const [twoYearsByMonth] = await alternate(
    `${portalUrl}/billing/history?from=${from}&to=${to}&period=month`,
    veteran,
  );
  return {
    requests: REQUESTS,
    page: { twoYears: pageTwoYears!, oneMonth: pageOneMonth! },
    csv: { twoYears: csvTwoYears!, oneMonth: csvOneMonth! },
    twoYearsByMonth: twoYearsByMonth!,
    firstLoadJsKb: await firstLoadJsKb(`${portalUrl}/billing/history`, veteran),
  };
}

async function alternate(url: string, ...cookies: string[]): Promise<Series[]> {
  const latencies = cookies.map(() => [] as number[]);
  const bytes = cookies.map(() => 0);
  for (let i = 0; i < REQUESTS + WARM_UP; i++) {
    for (const [index, cookie] of cookies.entries()) {
      const started = performance.now();
      const response = await fetch(url, { headers: { cookie } });
      const body = await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      if (i >= WARM_UP) latencies[index]?.push(performance.now() - started);
      bytes[index] = body.byteLength;
    }
  }
  return latencies.map((values, index) => ({ ...summarize(values), bytes: bytes[index] ?? 0 }));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const line = (label: string, s: Series) =>
  `  ${label.padEnd(22)} p50 ${ms(s.p50)}   p95 ${ms(s.p95)}   response ${kb(s.bytes)}`;

export function formatBillingHistory(f: BillingHistoryFigures): string {
  return `Billing history (sequential, ${f.requests} requests each, alternating accounts; default view: last 30 days by day)
${line("page, 2 years", f.page.twoYears)}
${line("page, 1 month", f.page.oneMonth)}
  p95 ratio              ${(f.page.twoYears.p95 / f.page.oneMonth.p95).toFixed(2)}×   size ratio ${(f.page.twoYears.bytes / f.page.oneMonth.bytes).toFixed(2)}×   target ≤ 1.5×
${line("CSV, 2 years", f.csv.twoYears)}
${line("CSV, 1 month", f.csv.oneMonth)}
  p95 ratio              ${(f.csv.twoYears.p95 / f.csv.oneMonth.p95).toFixed(2)}×   size ratio ${(f.csv.twoYears.bytes / f.csv.oneMonth.bytes).toFixed(2)}×
${line("2 years by month", f.twoYearsByMonth)}`;
}
