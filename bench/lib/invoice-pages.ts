import { invoiceDemoLogins } from "@/sandbox/seed-data/invoice-clients";
import { signInCookie } from "./session";
import { ms, summarize } from "./stats";

const REQUESTS = Number(process.env.BENCH_INVOICE_REQUESTS ?? 30);
const WARM_UP = 3;

type Timing = ReturnType<typeof summarize> & { bytes: number };

/** Sequential GETs of one page (after a short warm-up): latency percentiles and HTML size. */
async function measure(url: string, cookie: string): Promise<Timing> {
  const latencies: number[] = [];
  let bytes = 0;
  for (let i = 0; i < WARM_UP + REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    const body = await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    if (i >= WARM_UP) latencies.push(performance.now() - started);
    bytes = body.byteLength;
  }
  return { ...summarize(latencies), bytes };
}

const row = (label: string, t: Timing) =>
  `  ${label.padEnd(20)}p50 ${ms(t.p50)}   p95 ${ms(t.p95)}   HTML ${(t.bytes / 1024).toFixed(1)} kB`;
const ratio = (big: Timing, small: Timing) =>
  `  p95 ratio           ${(big.p95 / small.p95).toFixed(2)}×   target ≤ 1.5×`;

/**
 * "View invoices" for the 5,000-invoice account against the 10-invoice one: the list (page 1)
 * and one invoice page. WHMCS pages the list upstream (limitstart/limitnum), so the big account
 * should cost about the same as the small one.
 */
export async function invoicePagesReport(portalUrl: string): Promise<string> {
  const { bulk, ten } = invoiceDemoLogins;
  const [bulkCookie, tenCookie] = await Promise.all([
    signInCookie(portalUrl, bulk.email, bulk.password),
    signInCookie(portalUrl, ten.email, ten.password),
  ]);
  const listTen = await measure(`${portalUrl}/invoices`, tenCookie);
  const listBulk = await measure(`${portalUrl}/invoices`, bulkCookie);
  const pageTen = await measure(`${portalUrl}/invoices/41010`, tenCookie);
  const pageBulk = await measure(`${portalUrl}/invoices/200001`, bulkCookie);
  return `View invoices (sequential, ${REQUESTS} requests each after ${WARM_UP} warm-up)
 list, page 1
${row("10 invoices", listTen)}
${row("5,000 invoices", listBulk)}
${ratio(listBulk, listTen)}
 one invoice
${row("10 invoices", pageTen)}
${row("5,000 invoices", pageBulk)}
${ratio(pageBulk, pageTen)}`;
}
