import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createHttpClient } from "./base-client";
import { UpstreamError } from "./errors";
import { createLogger } from "./logger";

/** A real local server on port 0, so timeouts and connection errors go through undici for real. */
type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
let server: Server;
let baseUrl: string;
let handler: Handler;
let hits: string[];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      hits.push(body);
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  hits = [];
});

const json =
  (status: number, value: unknown): Handler =>
  (_req, res) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(value));
  };

function client(lines: string[] = []) {
  return createHttpClient({
    service: "test",
    timeoutMs: 200,
    retries: 2,
    retryDelayMs: 1,
    logger: createLogger({ level: "debug", write: (line) => lines.push(line) }),
    secrets: ["server-secret-value"],
  });
}

const form = () => new URLSearchParams({ action: "Get", secret: "server-secret-value" });
const read = { action: "Get", url: "", form: form(), idempotent: true };
const write = { ...read, action: "Put", idempotent: false };

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  expect(error).toBeInstanceOf(Error);
  return error as UpstreamError;
}

describe("createHttpClient", () => {
  it("posts a form and returns parsed JSON", async () => {
    handler = (req, res, body) => {
      expect(req.method).toBe("POST");
      expect(req.headers["content-type"]).toBe("application/x-www-form-urlencoded");
      json(200, { echoed: body })(req, res, body);
    };
    const result = await client().postForm({ ...read, url: `${baseUrl}/api` });
    expect(result).toEqual({
      status: 200,
      body: { echoed: "action=Get&secret=server-secret-value" },
    });
  });

  it("returns a 4xx JSON body for the vendor layer to judge", async () => {
    handler = json(403, { result: "error", message: "Authentication Failed" });
    const result = await client().postForm({ ...read, url: baseUrl });
    expect(result.status).toBe(403);
    expect(hits).toHaveLength(1);
  });

  it("retries a read on 5xx and then succeeds", async () => {
    handler = (req, res, body) =>
      hits.length < 3 ? json(503, {})(req, res, body) : json(200, { ok: true })(req, res, body);
    const result = await client().postForm({ ...read, url: baseUrl });
    expect(result.body).toEqual({ ok: true });
    expect(hits).toHaveLength(3);
  });

  it("gives up on a read after the configured retries", async () => {
    handler = json(500, {});
    const error = await failure(client().postForm({ ...read, url: baseUrl }));
    expect(error).toMatchObject({
      kind: "unavailable",
      status: 500,
      service: "test",
      action: "Get",
    });
    expect(hits).toHaveLength(3);
  });

  it("never retries a write, even on 5xx", async () => {
    handler = json(502, {});
    const error = await failure(client().postForm({ ...write, url: baseUrl }));
    expect(error.kind).toBe("unavailable");
    expect(hits).toHaveLength(1);
  });

  it("times out a hanging read with kind 'timeout', retrying it once", async () => {
    handler = () => {}; // never answers
    const started = Date.now();
    const error = await failure(client().postForm({ ...read, url: baseUrl }));
    expect(error.kind).toBe("timeout");
    expect(error.cause).toBeInstanceOf(Error);
    expect(hits).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("retries a read after a timeout and a 5xx", async () => {
    handler = (req, res, body) => {
      if (hits.length === 1) return; // first attempt hangs
      if (hits.length === 2) return json(500, {})(req, res, body);
      json(200, { ok: true })(req, res, body);
    };
    expect((await client().postForm({ ...read, url: baseUrl })).body).toEqual({ ok: true });
    expect(hits).toHaveLength(3);
  });

  it("times out a hanging write once", async () => {
    handler = () => {};
    const error = await failure(client().postForm({ ...write, url: baseUrl, timeoutMs: 50 }));
    expect(error.kind).toBe("timeout");
    expect(error.message).toContain("50 ms");
    expect(hits).toHaveLength(1);
  });

  it("turns an HTML page with HTTP 200 into bad_response without retrying", async () => {
    handler = (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html><body>Maintenance</body></html>");
    };
    const error = await failure(client().postForm({ ...read, url: baseUrl }));
    expect(error.kind).toBe("bad_response");
    expect(error.message).toContain("text/html");
    expect(hits).toHaveLength(1);
  });

  it("turns a non-JSON 4xx page into kind 'http'", async () => {
    handler = (_req, res) => {
      res.writeHead(403, { "content-type": "text/html" });
      res.end("<h1>Forbidden by WAF</h1>");
    };
    const error = await failure(client().postForm({ ...read, url: baseUrl }));
    expect(error).toMatchObject({ kind: "http", status: 403 });
    expect(hits).toHaveLength(1);
  });

  it("reports a refused connection as unavailable", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(client().postForm({ ...read, url: `http://127.0.0.1:${port}` }));
    expect(error.kind).toBe("unavailable");
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("sends any method with JSON and headers, and answers a 204 with no body", async () => {
    let seen: { method?: string; type?: string; requestId?: string } = {};
    handler = (req, res) => {
      seen = {
        method: req.method,
        type: req.headers["content-type"],
        requestId: req.headers["paypal-request-id"] as string,
      };
      res.writeHead(req.method === "DELETE" ? 204 : 201, { "content-type": "application/json" });
      res.end(req.method === "DELETE" ? undefined : JSON.stringify({ id: "A" }));
    };
    const http = client();
    const created = await http.send({
      action: "create",
      method: "POST",
      url: baseUrl,
      headers: { "content-type": "application/json", "paypal-request-id": "r-1" },
      body: JSON.stringify({ a: 1 }),
      idempotent: true,
    });
    expect(created).toEqual({ status: 201, body: { id: "A" } });
    expect(seen).toEqual({ method: "POST", type: "application/json", requestId: "r-1" });
    expect(hits.at(-1)).toBe('{"a":1}');
    const deleted = await http.send({
      action: "delete",
      method: "DELETE",
      url: baseUrl,
      idempotent: true,
    });
    expect(deleted).toEqual({ status: 204, body: null });
  });

  it("uses an injected fetch", async () => {
    const calls: string[] = [];
    const http = createHttpClient({
      service: "test",
      fetch: async (input) => {
        calls.push(String(input));
        return new Response('{"ok":1}', { status: 200 });
      },
    });
    expect((await http.postForm({ ...read, url: "http://upstream.test/x" })).body).toEqual({
      ok: 1,
    });
    expect(calls).toEqual(["http://upstream.test/x"]);
  });

  it("logs a redacted summary and never the secret", async () => {
    const lines: string[] = [];
    handler = json(500, {});
    await failure(client(lines).postForm({ ...read, url: `${baseUrl}/?token=abc123xyz` }));
    const output = lines.join("\n");
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(output).not.toContain("server-secret-value");
    expect(output).not.toContain("abc123xyz");
    const failureLine = JSON.parse(lines.at(-1) ?? "{}") as Record<string, unknown>;
    expect(failureLine).toMatchObject({
      level: "error",
      msg: "upstream.failure",
      kind: "unavailable",
      attempt: 3,
      request: { params: { action: "Get", secret: "[redacted]" } },
    });
  });
});
