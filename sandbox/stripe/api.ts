import type { SandboxDeps } from "../context";
import { applyFault } from "../control/apply-fault";
import { readFormPairs } from "../http/body";
import { sendJson, type Json } from "../http/respond";
import type { RequestContext, Router } from "../http/router";
import { authError, idempotencyError, StripeApiError } from "./errors";
import { canonicalParams, decodeStripeForm, type FormObject } from "./form";
import { stripeId, unixNow } from "./ids";
import { STRIPE_API_VERSION } from "./serialize";

export interface ApiCall {
  deps: SandboxDeps;
  params: FormObject;
  path: Record<string, string>;
  /** `expand[]` as Stripe reads it (query for GET, body for POST). */
  expand: string[];
}

export interface ApiReply {
  status?: number;
  body: Record<string, unknown>;
}

export type ApiHandler = (call: ApiCall) => ApiReply;

const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
const KEY_PREFIXES = ["sk_test_", "rk_test_"];

/**
 * Common plumbing for every `/v1/*` route, in Stripe's order: faults (action names like
 * `payment_intents.create`), API key, form decoding, `Idempotency-Key` replay, then the handler;
 * a thrown `StripeApiError` becomes Stripe's error JSON.
 */
export function stripeRoute(
  router: Router,
  deps: SandboxDeps,
  method: "GET" | "POST" | "DELETE",
  path: string,
  action: string,
  handler: ApiHandler,
): void {
  router.on(method, path, (ctx) => run(ctx, deps, action, handler));
}

async function run(ctx: RequestContext, deps: SandboxDeps, action: string, handler: ApiHandler) {
  const fault = deps.faults.take("stripe", action);
  if (fault && (await applyFault(ctx.res, fault, "stripe", ctx.signal))) return;
  ctx.res.setHeader("request-id", stripeId("req", 14));
  ctx.res.setHeader(
    "stripe-version",
    String(ctx.req.headers["stripe-version"] ?? STRIPE_API_VERSION),
  );

  const apiKey = apiKeyOf(ctx);
  if (apiKey instanceof StripeApiError) return reply(ctx, apiKey.status, { error: apiKey.body });

  const params = decodeStripeForm(await readFormPairs(ctx.req, ctx.url));
  const key = ctx.method === "POST" ? header(ctx, "idempotency-key") : undefined;
  const recordKey = key ? `${apiKey}\n${key}` : undefined;
  const signature = canonicalParams(params);
  if (recordKey && key) {
    const previous = deps.store.state.stripe.idempotency[recordKey];
    if (previous) {
      if (
        previous.method !== ctx.method ||
        previous.path !== ctx.url.pathname ||
        previous.params !== signature
      ) {
        const error = idempotencyError(key);
        return reply(ctx, error.status, { error: error.body });
      }
      ctx.res.setHeader("idempotent-replayed", "true");
      ctx.res.setHeader("original-request", "req_replayed");
      return reply(ctx, previous.status, previous.body);
    }
  }

  let status: number;
  let body: Record<string, unknown>;
  try {
    const expand = params.expand;
    const result = handler({
      deps,
      params,
      path: ctx.params,
      expand: Array.isArray(expand) ? expand.filter((e): e is string => typeof e === "string") : [],
    });
    status = result.status ?? 200;
    body = result.body;
  } catch (error) {
    if (!(error instanceof StripeApiError)) throw error;
    status = error.status;
    body = { error: error.body };
  }
  // Like Stripe: results (also 4xx and card errors) are saved for 24 h; 5xx would not be.
  if (recordKey && status < 500) {
    const now = unixNow(deps.now());
    deps.store.update((state) => {
      for (const [k, record] of Object.entries(state.stripe.idempotency)) {
        if (record.created < now - IDEMPOTENCY_TTL_SECONDS) delete state.stripe.idempotency[k];
      }
      state.stripe.idempotency[recordKey] = {
        method: ctx.method,
        path: ctx.url.pathname,
        params: signature,
        status,
        body,
        created: now,
      };
    });
  }
  reply(ctx, status, body);
}

function reply(ctx: RequestContext, status: number, body: unknown): void {
  sendJson(ctx.res, status, body as Json);
}

function header(ctx: RequestContext, name: string): string | undefined {
  const value = ctx.req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Bearer (what stripe-node sends) or Basic with the key as user name (what curl examples use). */
function apiKeyOf(ctx: RequestContext): string | StripeApiError {
  const auth = header(ctx, "authorization") ?? "";
  let key = "";
  if (/^bearer /i.test(auth)) key = auth.slice(7).trim();
  else if (/^basic /i.test(auth)) {
    key = Buffer.from(auth.slice(6).trim(), "base64").toString("utf8").split(":")[0] ?? "";
  }
  if (!key) {
    return authError(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    );
  }
  if (!KEY_PREFIXES.some((p) => key.startsWith(p)) || key.length < 12) {
    return authError(
      `Invalid API Key provided: ${key.slice(0, 8)}${"*".repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`,
    );
  }
  return key;
}
