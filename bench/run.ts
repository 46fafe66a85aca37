import autocannon from "autocannon";
import { demoUsers } from "@/sandbox/demo-users";
import { startStack } from "../scripts/lib/stack";
import { billingHistoryBench, formatBillingHistory } from "./lib/billing-history";
import { estimateRecomputation } from "./lib/estimate-in-browser";
import { firstLoadJsKb } from "./lib/first-load-js";
import { invoicePagesReport } from "./lib/invoice-pages";
import { peakRssMiB } from "./lib/rss";
import { signInCookie } from "./lib/session";
import { ms, summarize } from "./lib/stats";

/**
 * Dashboard benchmark against the production build and the sandbox. Prints figures; never fails
 * on a target (targets are judged by people reading the numbers).
 */
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 15);
const UPSTREAM_LATENCY_MS = 200;

const stack = await startStack({
  portalPort: 3200,
  sandboxPort: 4210,
  smtpPort: 4225,
  dataDir: ".data/bench",
  fresh: true,
  quiet: true,
  env: { ...process.env, APP_ENV: "test", LOG_LEVEL: "error" },
});
const portal = stack.services.find((s) => s.name === "portal");
try {
  const cookie = await signInCookie(
    stack.portalUrl,
    demoUsers.billing.email,
    demoUsers.billing.password,
  );
  const sandbox = stack.sandboxUrl ?? "";

  const load = await runLoad(`${stack.portalUrl}/`, cookie);
  const rss = portal?.child.pid ? peakRssMiB(portal.child.pid) : NaN;

  await fetch(`${sandbox}/_control/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ service: "*", action: "*", latencyMs: UPSTREAM_LATENCY_MS }),
  });
  const slow = await sequential(`${stack.portalUrl}/`, cookie, 20);
  await fetch(`${sandbox}/_control/faults`, { method: "DELETE" });

  const tenCookie = await signInCookie(stack.portalUrl, "ten@demo.test", "Ten-demo-2026");
  const bulkCookie = await signInCookie(
    stack.portalUrl,
    demoUsers.bulk.email,
    demoUsers.bulk.password,
  );
  const envsTen = await sequential(`${stack.portalUrl}/environments`, tenCookie, 30);
  const envsBulk = await sequential(`${stack.portalUrl}/environments`, bulkCookie, 30);

  const estimate = await estimateRecomputation(stack.portalUrl, cookie);
  const history = await billingHistoryBench(stack.portalUrl);
  const invoicePages = await invoicePagesReport(stack.portalUrl);

  const loginJs = await firstLoadJsKb(`${stack.portalUrl}/login`);
  const dashboardJs = await firstLoadJsKb(`${stack.portalUrl}/`, cookie);

  console.log(`
Dashboard under load (${CONNECTIONS} connections, ${DURATION_S} s, signed in as ${demoUsers.billing.email})
  requests/s        ${load.rps.toFixed(1)}
  latency p50       ${ms(load.p50)}
  latency p95       ${ms(load.p95)}
  latency p99       ${ms(load.p99)}
  requests          ${load.count}   non-2xx: ${load.non2xx}   errors: ${load.errors}   timeouts: ${load.timeouts}
  portal peak RSS   ${rss.toFixed(0)} MiB

Dashboard with ${UPSTREAM_LATENCY_MS} ms added to every upstream call (sequential, ${slow.count} requests)
  p50 ${ms(slow.p50)}   p95 ${ms(slow.p95)}   target ≤ ${ms(UPSTREAM_LATENCY_MS * 1.5)}

Environments page (sequential, 30 requests each)
  10 environments     first ${ms(envsTen.first)}   p50 ${ms(envsTen.p50)}   p95 ${ms(envsTen.p95)}   HTML ${(envsTen.bytes / 1024).toFixed(1)} kB
  1,000 environments  first ${ms(envsBulk.first)}   p50 ${ms(envsBulk.p50)}   p95 ${ms(envsBulk.p95)}   HTML ${(envsBulk.bytes / 1024).toFixed(1)} kB
  p95 ratio           ${(envsBulk.p95 / envsTen.p95).toFixed(2)}×   target ≤ 1.5×

Cost estimate in the browser ("Add a new environment", ${estimate.count} edits of the node count)
  input → new figure on screen: p50 ${ms(estimate.p50)}   p95 ${ms(estimate.p95)}   max ${ms(estimate.max)}
  requests sent while typing: ${estimate.requests} (${estimate.requestPaths.join(", ") || "none"})

${formatBillingHistory(history)}

${invoicePages}

First-load JS (gzip)
  /login            ${loginJs.toFixed(1)} kB
  / (dashboard)     ${dashboardJs.toFixed(1)} kB     target ≤ 150 kB per route
  /billing/history  ${history.firstLoadJsKb.toFixed(1)} kB
`);
} finally {
  await stack.stop();
}

async function runLoad(url: string, cookie: string) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration: DURATION_S, headers: { cookie } },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, _status, _bytes, time) => latencies.push(time));
  });
  return {
    ...summarize(latencies),
    rps: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

async function sequential(url: string, cookie: string, count: number) {
  const latencies: number[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    bytes = (await response.text()).length;
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    latencies.push(performance.now() - started);
  }
  return { ...summarize(latencies), first: latencies[0] ?? NaN, bytes };
}
