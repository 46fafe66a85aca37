import type { z } from "zod";
import {
  createHttpClient,
  parseOrThrow,
  UpstreamBadResponseError,
  UpstreamError,
  type Logger,
} from "@/lib/http";
import { toJelasticForm, type JelasticParams } from "./encode";
import { jelasticErrorFor } from "./errors";
import { readEnvelope } from "./transform";

/** The documented system appid for calls not bound to one environment (reference §1.4). */
export const DEFAULT_APP_ID = "1dd8d191d38fff45e62564fcf67fdcd6";

export type JelasticConfig = {
  /** The API host, e.g. https://app.example.com (the part before `/1.0/`). */
  baseUrl: string;
  /** The registration host serving GenerateAuthLink, e.g. https://reg.example.com. */
  regUrl: string;
  /** Platform admin session or access token: act-for-user and one-time login links. */
  adminToken: string;
  /** The platform's billing currency; balances arrive as bare numbers. */
  currency: string;
  appId?: string;
  timeoutMs?: number;
  /** Extra attempts for read methods; sign-ins and writes are never retried. */
  retries?: number;
  logger?: Logger;
  /** For tests. */
  fetch?: typeof fetch;
  retryDelayMs?: number;
};

export type CallOptions = {
  /** User session/token; sent as `session` and scrubbed from logs and error text. */
  session?: string;
  idempotent: boolean;
  secrets?: readonly string[];
};

type Mapper<S extends z.ZodType, T> = (raw: z.output<S>) => T;

export type JelasticTransport = {
  /** `method` is "group/service/Method", e.g. "environment/control/GetEnvs". */
  call<S extends z.ZodType, T>(
    method: string,
    params: JelasticParams,
    schema: S,
    map: Mapper<S, T>,
    options: CallOptions,
  ): Promise<T>;
  /** A call to the registration host, e.g. "GenerateAuthLink". */
  callReg<S extends z.ZodType, T>(
    method: string,
    params: JelasticParams,
    schema: S,
    map: Mapper<S, T>,
    options: CallOptions,
  ): Promise<T>;
  readonly adminToken: string;
  readonly currency: string;
};

/**
 * Every method is a form POST (Signin refuses GET since 5.1) to
 * `/1.0/<group>/<service>/rest/<method lower-case>`. Errors come back as HTTP 200 with `result` ≠ 0,
 * so the envelope is read before the status code is trusted.
 */
export function createJelasticTransport(config: JelasticConfig): JelasticTransport {
  const base = config.baseUrl.replace(/\/+$/, "");
  const reg = config.regUrl.replace(/\/+$/, "");
  const appid = config.appId ?? DEFAULT_APP_ID;
  const http = createHttpClient({
    service: "jelastic",
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    retryDelayMs: config.retryDelayMs,
    logger: config.logger,
    fetch: config.fetch,
    secrets: [config.adminToken],
  });

  async function send<S extends z.ZodType, T>(
    action: string,
    url: string,
    form: URLSearchParams,
    schema: S,
    map: Mapper<S, T>,
    options: CallOptions,
  ): Promise<T> {
    const secrets = [...(options.secrets ?? []), ...(options.session ? [options.session] : [])];
    const request = { action, url, form, idempotent: options.idempotent, secrets };
    const { status, body } = await http.postForm(request);
    const envelope = readEnvelope(body);
    const context = { service: "jelastic", action, status };
    if (envelope.kind === "error") {
      const message = http.redact(envelope.message, secrets);
      http.logger.info("upstream.rejected", { ...context, code: envelope.code, message });
      throw jelasticErrorFor({ action, status, code: envelope.code, message });
    }
    if (status < 200 || status > 299) {
      const message = `jelastic ${action} HTTP ${status}`;
      throw new UpstreamError({ ...context, kind: "http", message });
    }
    if (envelope.kind === "none") {
      const message = `jelastic ${action} answered without a result envelope`;
      throw new UpstreamBadResponseError({ ...context, message });
    }
    const raw = parseOrThrow(schema, body, context);
    try {
      return map(raw);
    } catch (error) {
      const message = `jelastic ${action} answered values that cannot be used`;
      throw new UpstreamBadResponseError({ ...context, message, cause: error });
    }
  }

  return {
    async call(method, params, schema, map, options) {
      const [group, service, name] = method.split("/");
      if (!group || !service || !name) throw new TypeError(`Bad platform method: ${method}`);
      const action = `${group}/${service}/${name.toLowerCase()}`;
      const url = `${base}/1.0/${group}/${service}/rest/${name.toLowerCase()}`;
      const form = toJelasticForm({ ...params, appid, session: options.session });
      return send(action, url, form, schema, map, options);
    },
    callReg(method, params, schema, map, options) {
      const form = toJelasticForm({ ...params, session: options.session });
      return send(method, `${reg}/${method}`, form, schema, map, options);
    },
    adminToken: config.adminToken,
    currency: config.currency.toUpperCase(),
  };
}
