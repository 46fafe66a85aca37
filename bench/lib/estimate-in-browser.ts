import { chromium } from "@playwright/test";
import { summarize } from "./stats";

export type EstimateTiming = {
  count: number;
  p50: number;
  p95: number;
  max: number;
  requests: number;
  /** Paths of those requests, so a reader can tell what they were. */
  requestPaths: string[];
};

/**
 * Types into the "Add a new environment" form in Chromium and measures, inside the page, the time
 * from each input event to the estimate on screen changing; counts requests sent while typing
 * (the estimate must be computed in the browser, with no round trip per keystroke). The node count
 * is what changes: every other value changes both ends of the estimate, and a RAM or CPU change can
 * leave the figure alone when the other resource decides the cloudlet count.
 */
export async function estimateRecomputation(
  portalUrl: string,
  cookie: string,
): Promise<EstimateTiming> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const context = await browser.newContext();
    const [name = "", value = ""] = cookie.split("=");
    await context.addCookies([{ name, value, url: portalUrl }]);
    const page = await context.newPage();
    await page.goto(`${portalUrl}/environments/new`);
    await page.locator("#layer-0-nodes").waitFor();
    const paths: string[] = [];
    page.on("request", (request) => paths.push(new URL(request.url()).pathname));
    const latencies = (await page.evaluate(IN_PAGE_MEASUREMENT)) as number[];
    return { ...summarize(latencies), requests: paths.length, requestPaths: [...new Set(paths)] };
  } finally {
    await browser.close();
  }
}

/**
 * Runs inside the page. Kept as source text: tsx's transpiler decorates named functions with a
 * helper that does not exist in the browser, so a serialized arrow function would fail there.
 */
const IN_PAGE_MEASUREMENT = `(async () => {
  const input = document.querySelector("#layer-0-nodes");
  const shown = document.querySelector('[data-testid="estimate-monthly-max"]');
  if (!input || !shown) throw new Error("estimate form not found");
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  // Any node count other than the current one, so every edit must change the figure.
  const nextValue = (i) => {
    const candidate = 2 + (i % 15);
    return String(candidate === Number(input.value) ? (candidate % 16) + 1 : candidate);
  };
  const edit = async (i, limitMs) => {
    const before = shown.textContent;
    const started = performance.now();
    setValue.call(input, nextValue(i));
    input.dispatchEvent(new Event("input", { bubbles: true }));
    return new Promise((resolve) => {
      const check = () =>
        shown.textContent !== before
          ? resolve(performance.now() - started)
          : performance.now() - started > limitMs
            ? resolve(null)
            : requestAnimationFrame(check);
      check();
    });
  };
  // Until React has hydrated the form, an edit changes nothing: wait for the first that does.
  let warm = null;
  for (let i = 0; warm === null && i < 40; i++) warm = await edit(i, 250);
  if (warm === null) throw new Error("the estimate never reacted to an input");
  const results = [];
  for (let i = 0; i < 60; i++) {
    const took = await edit(i + 1, 5000);
    if (took === null) throw new Error("the estimate did not change within 5 s of an input");
    results.push(took);
  }
  return results;
})()`;
