import type { z } from "zod";
import { createHttpClient, parseOrThrow, type Logger } from "@/lib/http";
import { PayPalAuthError, paypalErrorFor } from "./errors";
import { tokenResponse } from "./schemas";

export type PayPalConfig = {
  /** https://api-m.paypal.com, https://api-m.sandbox.paypal.com, or the local sandbox's `/paypal`. */
  apiUrl: string;
  clientId: string;
  clientSecret: string;
  /** Our webhook's id in the PayPal dashboard; needed to verify webhook deliveries. */
  webhookId?: string;
  timeoutMs?: number;
  retries?: number;
  logger?: Logger;
  fetch?: typeof fetch;
  /** Clock for the token cache (tests). */
  now?: () => number;
};

export type PayPalCall<S extends z.ZodType> = {
  action: string;
  method: "GET" | "POST" | "DELETE";
  path: string;
  /** JSON body; a string is sent as is (the webhook postback embeds the raw event). */
  body?: unknown;
  requestId?: string;
  mockApplicationCode?: string;
  /** Reads, and writes carrying a PayPal-Request-Id (PayPal answers a repeat from its store). */
  idempotent: boolean;
  schema: S;
};

export type PayPalTransport = {
  call<S extends z.ZodType>(call: PayPalCall<S>): Promise<z.output<S> | null>;
  readonly config: PayPalConfig;
};

/** Renew a little before PayPal's expiry so a token never dies in flight. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * OAuth client-credentials token cached until shortly before expiry (one fetch shared by concurrent
 * callers), JSON calls through lib/http (timeouts, retries, redacted logs). A 401 on a call drops
 * the token and tries once more with a fresh one (PayPal may revoke tokens early).
 */
export function createPayPalTransport(config: PayPalConfig): PayPalTransport {
  const base = config.apiUrl.replace(/\/+$/, "");
  const now = config.now ?? Date.now;
  const http = createHttpClient({
    service: "paypal",
    ...(config.timeoutMs !== undefined ? { timeoutMs: config.timeoutMs } : {}),
    ...(config.retries !== undefined ? { retries: config.retries } : {}),
    ...(config.logger ? { logger: config.logger } : {}),
    ...(config.fetch ? { fetch: config.fetch } : {}),
    secrets: [config.clientSecret],
  });
  let cached: { token: string; renewAt: number } | null = null;
  let pending: Promise<string> | null = null;

  async function fetchToken(): Promise<string> {
    const basic = Buffer.from(`${config.clientId}:${config.clientSecret}`).toString("base64");
    const result = await http.send({
      action: "oauth2/token",
      method: "POST",
      url: `${base}/v1/oauth2/token`,
      headers: {
        authorization: `Basic ${basic}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ grant_type: "client_credentials" }),
      idempotent: true,
      secrets: [basic],
    });
    if (result.status === 401 || result.status === 403) {
      throw new PayPalAuthError({
        action: "oauth2/token",
        status: result.status,
        message: `paypal oauth2/token refused the client credentials (HTTP ${result.status})`,
      });
    }
    if (result.status < 200 || result.status > 299) {
      throw paypalErrorFor("oauth2/token", result.status, result.body);
    }
    const token = parseOrThrow(tokenResponse, result.body, {
      service: "paypal",
      action: "oauth2/token",
      status: result.status,
    });
    const lifetimeMs = token.expires_in * 1000;
    cached = {
      token: token.access_token,
      renewAt: now() + Math.max(lifetimeMs / 2, lifetimeMs - EXPIRY_MARGIN_MS),
    };
    return token.access_token;
  }

  function accessToken(): Promise<string> {
    if (cached && cached.renewAt > now()) return Promise.resolve(cached.token);
    pending ??= fetchToken().finally(() => {
      pending = null;
    });
    return pending;
  }

  async function call<S extends z.ZodType>(op: PayPalCall<S>): Promise<z.output<S> | null> {
    for (let attempt = 1; ; attempt++) {
      const token = await accessToken();
      const result = await http.send({
        action: op.action,
        method: op.method,
        url: `${base}${op.path}`,
        headers: {
          authorization: `Bearer ${token}`,
          prefer: "return=representation",
          ...(op.body !== undefined ? { "content-type": "application/json" } : {}),
          ...(op.requestId ? { "paypal-request-id": op.requestId } : {}),
          ...(op.mockApplicationCode
            ? {
                "paypal-mock-response": JSON.stringify({
                  mock_application_codes: op.mockApplicationCode,
                }),
              }
            : {}),
        },
        ...(op.body !== undefined
          ? { body: typeof op.body === "string" ? op.body : JSON.stringify(op.body) }
          : {}),
        idempotent: op.idempotent,
        secrets: [token],
      });
      if (result.status === 401 && attempt === 1) {
        cached = null;
        continue;
      }
      if (result.status < 200 || result.status > 299) {
        throw paypalErrorFor(op.action, result.status, result.body);
      }
      if (result.status === 204) return null;
      return parseOrThrow(op.schema, result.body, {
        service: "paypal",
        action: op.action,
        status: result.status,
      });
    }
  }

  return { call, config };
}
