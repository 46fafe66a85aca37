import { gzipSync } from "node:zlib";

/**
 * Gzip size of every script a route's HTML loads on first visit, in kB. `noModule` polyfills are
 * skipped: browsers that run modules (all current ones) never download them.
 */
export async function firstLoadJsKb(pageUrl: string, cookie?: string): Promise<number> {
  const html = await (await fetch(pageUrl, { headers: cookie ? { cookie } : {} })).text();
  const tags = [...html.matchAll(/<script[^>]+>/g)].map((m) => m[0]);
  const sources = new Set(
    tags
      .filter((tag) => !/\snoModule/i.test(tag))
      .map((tag) => /src="([^"]+\.js[^"]*)"/.exec(tag)?.[1])
      .filter((src): src is string => Boolean(src)),
  );
  let bytes = 0;
  for (const src of sources) {
    const body = await (await fetch(new URL(src, pageUrl))).arrayBuffer();
    bytes += gzipSync(Buffer.from(body)).length;
  }
  return bytes / 1024;
}
