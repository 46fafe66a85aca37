import type { SandboxDeps } from "../context";
import { sendJson, sendText, type JsonObject } from "../http/respond";
import type { RequestContext } from "../http/router";
import { readPaypal, updatePaypal } from "./state";

/**
 * `PayPal-Request-Id`: the same id on the same call answers the stored result instead of doing the
 * work again (PayPal's idempotency). Without the header every call is new, like on PayPal.
 */
export async function withRequestId(
  ctx: RequestContext,
  deps: SandboxDeps,
  clientId: string,
  run: () => Promise<{ status: number; body: JsonObject }> | { status: number; body: JsonObject },
): Promise<void> {
  const header = ctx.req.headers["paypal-request-id"];
  const requestId = Array.isArray(header) ? header[0] : header;
  const key = requestId ? `${clientId}|${ctx.method} ${ctx.url.pathname}|${requestId}` : null;
  const stored = key ? readPaypal(deps).requests[key] : undefined;
  if (stored) return sendText(ctx.res, stored.status, stored.body, "application/json");
  const { status, body } = await run();
  // Server errors are not remembered: a retry with the same id should get a real second try.
  if (key && status < 500) {
    updatePaypal(deps, (paypal) => {
      paypal.requests[key] = { status, body: JSON.stringify(body) };
    });
  }
  sendJson(ctx.res, status, body);
}
