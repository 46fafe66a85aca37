import type { z } from "zod";
import {
  createHttpClient,
  parseOrThrow,
  UpstreamBadResponseError,
  UpstreamError,
  type Logger,
} from "@/lib/http";
import { toPhpForm, type PhpParams } from "./encode";
import { whmcsErrorFor } from "./errors";
import { readEnvelope } from "./transform";

export type WhmcsConfig = {
  /** The WHMCS root, i.e. the folder holding `includes/api.php`. */
  baseUrl: string;
  identifier: string;
  secret: string;
  /** `$api_access_key` from configuration.php; lets calls bypass the IP allow-list. */
  accessKey?: string;
  timeoutMs?: number;
  /** Extra attempts for read actions; writes are never retried. */
  retries?: number;
  logger?: Logger;
  /** Used only if a response omits its currency code (WHMCS 8 always sends one). */
  defaultCurrency?: string;
  /** For tests. */
  fetch?: typeof fetch;
  retryDelayMs?: number;
};

export type CallOptions = {
  /** Reads are safe to repeat; anything that logs in, mints a token or writes is not. */
  idempotent: boolean;
  /** Values sent in this call that must never be logged (e.g. a user's password). */
  secrets?: readonly string[];
};

export type WhmcsTransport = {
  call<S extends z.ZodType, T>(
    action: string,
    params: PhpParams,
    schema: S,
    map: (raw: z.output<S>) => T,
    options: CallOptions,
  ): Promise<T>;
  readonly defaultCurrency: string;
};

/**
 * One endpoint, the action chosen by a form field. Credentials ride in every body; the base client
 * redacts them by name and by value. Errors arrive as HTTP 200 with `result: "error"`, so the
 * envelope is checked before any status code is trusted.
 */
export function createWhmcsTransport(config: WhmcsConfig): WhmcsTransport {
  const url = `${config.baseUrl.replace(/\/+$/, "")}/includes/api.php`;
  const http = createHttpClient({
    service: "whmcs",
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    retryDelayMs: config.retryDelayMs,
    logger: config.logger,
    fetch: config.fetch,
    secrets: [config.identifier, config.secret, config.accessKey ?? ""],
  });

  async function call<S extends z.ZodType, T>(
    action: string,
    params: PhpParams,
    schema: S,
    map: (raw: z.output<S>) => T,
    options: CallOptions,
  ): Promise<T> {
    const form = toPhpForm({
      ...params,
      action,
      identifier: config.identifier,
      secret: config.secret,
      accesskey: config.accessKey,
      responsetype: "json",
    });
    const { status, body } = await http.postForm({
      action,
      url,
      form,
      idempotent: options.idempotent,
      secrets: options.secrets,
    });
    const envelope = readEnvelope(body);
    const context = { service: "whmcs", action, status };
    if (envelope.kind === "error") {
      const message = http.redact(envelope.message, options.secrets);
      http.logger.info("upstream.rejected", { ...context, message });
      throw whmcsErrorFor({ action, status, message });
    }
    if (status < 200 || status > 299) {
      throw new UpstreamError({
        ...context,
        kind: "http",
        message: `whmcs ${action} HTTP ${status}`,
      });
    }
    if (envelope.kind === "none") {
      throw new UpstreamBadResponseError({
        ...context,
        message: `whmcs ${action} answered without a result envelope`,
      });
    }
    const raw = parseOrThrow(schema, body, context);
    try {
      return map(raw);
    } catch (error) {
      // e.g. an unknown currency code: the data is unusable, the upstream is to blame.
      throw new UpstreamBadResponseError({
        ...context,
        message: `whmcs ${action} answered values that cannot be used`,
        cause: error,
      });
    }
  }

  return { call, defaultCurrency: (config.defaultCurrency ?? "USD").toUpperCase() };
}
