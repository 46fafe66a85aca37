import type { IncomingMessage } from "node:http";

const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {
  constructor() {
    super(`request body exceeds ${MAX_BODY_BYTES} bytes`);
    this.name = "BodyTooLargeError";
  }
}

/** Reads the whole body with a size cap, so a runaway client cannot exhaust the sandbox's memory. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Query string plus form body as ordered pairs (body last, so it wins like PHP's `$_REQUEST` with
 * the default `request_order`). Both vendors accept GET and POST, which is why both are merged.
 */
export async function readFormPairs(req: IncomingMessage, url: URL): Promise<[string, string][]> {
  const pairs: [string, string][] = [...url.searchParams.entries()];
  if (req.method === "GET" || req.method === "HEAD") return pairs;
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  const body = await readBody(req);
  // Clients that forget the content type still send urlencoded data; JSON bodies are not a form.
  if (body && !type.includes("json") && !type.startsWith("multipart/")) {
    pairs.push(...new URLSearchParams(body).entries());
  }
  return pairs;
}

/** Parses a JSON body; an empty body is `undefined`, invalid JSON throws `SyntaxError`. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req);
  return body.trim() === "" ? undefined : (JSON.parse(body) as unknown);
}
