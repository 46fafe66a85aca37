import {
  UpstreamBadResponseError,
  UpstreamError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from "./errors";
import { createLogger, type Logger } from "./logger";
import { redactParams, redactText } from "./redact";

export type HttpClientConfig = {
  /** "whmcs" | "jelastic": goes into every error and log line. */
  service: string;
  /** Per attempt, including reading the body. */
  timeoutMs?: number;
  /** Extra attempts for idempotent calls only; at most one of them after a timeout. */
  retries?: number;
  /** First backoff step; doubles per attempt, with jitter. */
  retryDelayMs?: number;
  logger?: Logger;
  fetch?: typeof fetch;
  /** Credential values of this client, scrubbed from every log line and error message. */
  secrets?: readonly string[];
};

export type FormRequest = {
  /** Vendor action name used in logs and errors, e.g. "GetInvoices". */
  action: string;
  url: string;
  form: URLSearchParams;
  /** Reads only. Writes are never repeated: a lost response may still have been applied upstream. */
  idempotent: boolean;
  timeoutMs?: number;
  /** Per-call secret values (a user's session, a password) to scrub as well. */
  secrets?: readonly string[];
};

/** Any method and body (JSON APIs such as PayPal REST); same timeouts, retries and logging. */
export type HttpRequest = {
  action: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  url: string;
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
  /** Reads, and writes the vendor deduplicates by a request id we send (PayPal-Request-Id). */
  idempotent: boolean;
  timeoutMs?: number;
  secrets?: readonly string[];
};

/** Parsed JSON of any non-5xx answer; the vendor layer decides what a 4xx body means. */
export type HttpResult = { status: number; body: unknown };

export type HttpClient = {
  postForm(request: FormRequest): Promise<HttpResult>;
  send(request: HttpRequest): Promise<HttpResult>;
  /** Scrubs client and per-call secrets from vendor text before it becomes an error message. */
  redact(text: string, extraSecrets?: readonly string[]): string;
  readonly service: string;
  readonly logger: Logger;
};

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_RETRIES = 2;

export function createHttpClient(config: HttpClientConfig): HttpClient {
  const { service } = config;
  // Without an injected logger only failures are reported, as JSON lines on stderr.
  const logger = config.logger ?? createLogger({ level: "warn" });
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = Math.max(0, config.retries ?? DEFAULT_RETRIES);
  const retryDelayMs = config.retryDelayMs ?? 150;
  const fetchImpl = config.fetch ?? globalThis.fetch;
  const clientSecrets = (config.secrets ?? []).filter(Boolean);

  const redact = (text: string, extra: readonly string[] = []) =>
    redactText(text, [...clientSecrets, ...extra]);

  async function attempt(request: HttpRequest, limitMs: number): Promise<HttpResult> {
    const base = { service, action: request.action };
    let status: number;
    let text: string;
    let contentType: string;
    try {
      const response = await fetchImpl(request.url, {
        method: request.method,
        headers: { accept: "application/json", ...request.headers },
        body: request.body,
        signal: AbortSignal.timeout(limitMs),
      });
      status = response.status;
      contentType = response.headers.get("content-type") ?? "none";
      text = await response.text();
    } catch (error) {
      if (isAbort(error)) {
        throw new UpstreamTimeoutError({
          ...base,
          message: `${service} ${request.action} timed out after ${limitMs} ms`,
          cause: error,
        });
      }
      throw new UpstreamUnavailableError({
        ...base,
        message: `${service} ${request.action} could not be reached (${causeCode(error)})`,
        cause: error,
      });
    }
    if (status >= 500) {
      throw new UpstreamUnavailableError({
        ...base,
        status,
        message: `${service} ${request.action} answered HTTP ${status}`,
      });
    }
    // 204 No Content (e.g. a DELETE) has no body to parse.
    if (status === 204) return { status, body: null };
    try {
      return { status, body: JSON.parse(text) as unknown };
    } catch (error) {
      const init = { ...base, status, cause: error };
      if (status < 200 || status > 299) {
        const message = `${service} ${request.action} answered HTTP ${status} (${contentType})`;
        throw new UpstreamError({ ...init, kind: "http", message });
      }
      const message = `${service} ${request.action} answered non-JSON (${contentType}, ${text.length} bytes)`;
      throw new UpstreamBadResponseError({ ...init, message });
    }
  }

  function postForm(request: FormRequest): Promise<HttpResult> {
    return send({
      ...request,
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: request.form,
    });
  }

  async function send(request: HttpRequest): Promise<HttpResult> {
    const limitMs = request.timeoutMs ?? timeoutMs;
    const maxAttempts = request.idempotent ? retries + 1 : 1;
    const secrets = [...clientSecrets, ...(request.secrets ?? [])];
    // Only form bodies are summarised: JSON bodies may carry payer data and are not logged.
    const summary = () => ({
      url: redactText(request.url, secrets),
      ...(request.body instanceof URLSearchParams
        ? { params: redactParams(request.body, secrets) }
        : { method: request.method }),
    });
    logger.debug("upstream.request", { service, action: request.action, ...summary() });

    let timeouts = 0;
    for (let n = 1; ; n++) {
      const started = Date.now();
      try {
        const result = await attempt(request, limitMs);
        const fields = { service, action: request.action, status: result.status, attempt: n };
        logger.debug("upstream.response", { ...fields, durationMs: Date.now() - started });
        return result;
      } catch (error) {
        const failure =
          error instanceof UpstreamError ? error : unexpected(service, request, error);
        if (failure.kind === "timeout") timeouts++;
        // A hanging upstream usually hangs again and each try costs the user a full timeout,
        // so timeouts get one retry; fast failures (5xx, refused) may use every retry.
        const willRetry = failure.retryable && n < maxAttempts && timeouts < 2;
        logger[willRetry ? "warn" : "error"]("upstream.failure", {
          service,
          action: request.action,
          kind: failure.kind,
          status: failure.status,
          message: failure.message,
          attempt: n,
          willRetry,
          durationMs: Date.now() - started,
          request: summary(),
        });
        if (!willRetry) throw failure;
        await sleep(backoff(retryDelayMs, n));
      }
    }
  }

  return { postForm, send, redact, service, logger };
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}

/** undici hides the socket error in `cause`; its code (ECONNREFUSED…) is the useful part. */
function causeCode(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause && typeof cause === "object" && "code" in cause && typeof cause.code === "string") {
    return cause.code;
  }
  return error instanceof Error ? error.name : "unknown error";
}

function unexpected(service: string, request: HttpRequest, error: unknown): UpstreamError {
  return new UpstreamUnavailableError({
    service,
    action: request.action,
    message: `${service} ${request.action} failed unexpectedly`,
    cause: error,
  });
}

function backoff(baseMs: number, attempt: number): number {
  const exponential = baseMs * 2 ** (attempt - 1);
  return Math.min(2_000, exponential + Math.random() * (baseMs / 2));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
