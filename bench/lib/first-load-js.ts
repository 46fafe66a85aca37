import { gzipSync } from "node:zlib";

/** Gzip size of every script a route's HTML loads on first visit, in kB. */
export async function firstLoadJsKb(pageUrl: string, cookie?: string): Promise<number> {
  const html = await (await fetch(pageUrl, { headers: cookie ? { cookie } : {} })).text();
  const sources = new Set(
    [...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1] ?? ""),
  );
  let bytes = 0;
  for (const src of sources) {
    const body = await (await fetch(new URL(src, pageUrl))).arrayBuffer();
    bytes += gzipSync(Buffer.from(body)).length;
  }
  return bytes / 1024;
}
