import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { SandboxDeps } from "./context";
import { FaultRegistry } from "./control/faults";
import { BodyTooLargeError } from "./http/body";
import { sendJson, sendText } from "./http/respond";
import type { Router } from "./http/router";
import { createLogger, type Logger } from "./logger";
import { startSmtp } from "./mail/smtp";
import { buildRouter } from "./routes";
import { seedState } from "./seed";
import { Store } from "./state/store";
import { WebhookDispatcher } from "./webhooks/dispatcher";

export interface SandboxOptions {
  /** HTTP port; 0 picks a free one (the real one is in the returned `url`). */
  port: number;
  /** SMTP catcher port; 0 picks a free one. */
  smtpPort: number;
  /** Folder of the persisted state (`state.json`). */
  dataDir: string;
  /** Base of the links the sandbox mints; defaults to the sandbox's own URL. */
  publicUrl?: string;
  quiet?: boolean;
}

export interface RunningSandbox {
  url: string;
  smtpPort: number;
  close(): Promise<void>;
}

/** Starts the whole sandbox (HTTP + SMTP) on 127.0.0.1 with state from `dataDir`. */
export async function startSandbox(opts: SandboxOptions): Promise<RunningSandbox> {
  const log = createLogger(opts.quiet ?? false);
  const store = Store.open(opts.dataDir, seedState, log);
  const shutdown = new AbortController();
  const trim = (url: string) => url.replace(/\/+$/, "");
  const deps: SandboxDeps = {
    store,
    faults: new FaultRegistry(),
    webhooks: new WebhookDispatcher(log),
    // Known up front for a fixed port; for port 0 it is filled in right after listening.
    publicUrl: trim(opts.publicUrl ?? `http://127.0.0.1:${opts.port}`),
    log,
    now: () => Date.now(),
  };

  const smtp = await startSmtp(opts.smtpPort, deps);
  const router = buildRouter(deps, () => smtp.port);
  const server = createServer((req, res) => void handle(router, req, res, shutdown.signal, log));
  try {
    await listen(server, opts.port);
  } catch (error) {
    await smtp.close();
    throw error;
  }
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (!opts.publicUrl) deps.publicUrl = url;

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      shutdown.abort(); // ends hanging `timeout` faults and latency waits
      deps.webhooks.close();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await Promise.all([stopped, smtp.close()]);
      await store.flush();
    })();
    return closing;
  };
  return { url, smtpPort: smtp.port, close };
}

async function handle(
  router: Router,
  req: IncomingMessage,
  res: ServerResponse,
  shutdown: AbortSignal,
  log: Logger,
) {
  const started = Date.now();
  const url = new URL(req.url ?? "/", "http://sandbox.invalid");
  const clientGone = new AbortController();
  // "close" before the response finished means the client gave up (e.g. its timeout fired).
  res.once("close", () => clientGone.abort());
  // Only the path is logged: GET calls may carry credentials in the query string.
  res.once("finish", () =>
    log.info(
      `sandbox: ${req.method} ${url.pathname} → ${res.statusCode} (${Date.now() - started} ms)`,
    ),
  );
  try {
    await router.dispatch({
      req,
      res,
      url,
      method: req.method ?? "GET",
      signal: AbortSignal.any([clientGone.signal, shutdown]),
    });
  } catch (error) {
    if (error instanceof BodyTooLargeError) return sendJson(res, 413, { error: "body_too_large" });
    if (error instanceof URIError) return sendJson(res, 400, { error: "bad_uri" });
    log.error(
      `sandbox: ${req.method} ${url.pathname} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    sendText(res, 500, "Internal sandbox error");
  }
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
}
