import type { SandboxDeps } from "../context";
import { readJson } from "../http/body";
import { sendJson } from "../http/respond";
import type { RequestContext } from "../http/router";
import { authorize } from "./auth";
import { invalidRequest, notFound, sendPaypalError } from "./errors";
import { tokenJson } from "./representation";
import { readPaypal, updatePaypal } from "./state";
import { emit, verifyTransmission } from "./webhooks";

/** Vault v3 payment tokens: list by customer, get, delete (with VAULT.PAYMENT-TOKEN.DELETED). */
export function listTokens(ctx: RequestContext, deps: SandboxDeps): void {
  const clientId = authorize(ctx, deps);
  if (!clientId) return;
  const customerId = ctx.url.searchParams.get("customer_id");
  if (!customerId)
    return sendPaypalError(ctx.res, invalidRequest("MISSING_REQUIRED_PARAMETER", "customer_id"));
  const tokens = Object.values(readPaypal(deps).vaultTokens).filter(
    (t) => t.clientId === clientId && t.customerId === customerId,
  );
  sendJson(ctx.res, 200, {
    customer: { id: customerId },
    payment_tokens: tokens.map((t) => tokenJson(deps, t)),
    total_items: tokens.length,
    total_pages: 1,
    links: [
      {
        href: `${deps.publicUrl}/paypal/v3/vault/payment-tokens?customer_id=${encodeURIComponent(customerId)}&page=1&page_size=5&total_required=false`,
        rel: "self",
        method: "GET",
      },
    ],
  });
}

export function getToken(ctx: RequestContext, deps: SandboxDeps): void {
  const clientId = authorize(ctx, deps);
  if (!clientId) return;
  const token = readPaypal(deps).vaultTokens[ctx.params.id ?? ""];
  if (!token || token.clientId !== clientId) return sendPaypalError(ctx.res, notFound());
  sendJson(ctx.res, 200, tokenJson(deps, token));
}

export function deleteToken(ctx: RequestContext, deps: SandboxDeps): void {
  const clientId = authorize(ctx, deps);
  if (!clientId) return;
  const id = ctx.params.id ?? "";
  const token = updatePaypal(deps, (paypal) => {
    const stored = paypal.vaultTokens[id];
    if (!stored || stored.clientId !== clientId) return null;
    delete paypal.vaultTokens[id];
    return stored;
  });
  if (!token) return sendPaypalError(ctx.res, notFound());
  emit(deps, {
    type: "VAULT.PAYMENT-TOKEN.DELETED",
    resourceType: "payment_token",
    summary: "A payment token has been deleted.",
    resource: { id: token.id, customer: { id: token.customerId } },
  });
  ctx.res.writeHead(204, { "cache-control": "no-store" });
  ctx.res.end();
}

/** `POST /v1/notifications/verify-webhook-signature` → `{verification_status}`. */
export async function verifySignature(ctx: RequestContext, deps: SandboxDeps): Promise<void> {
  const clientId = authorize(ctx, deps);
  if (!clientId) return;
  let body: unknown;
  try {
    body = await readJson(ctx.req);
  } catch {
    return sendPaypalError(ctx.res, invalidRequest("MALFORMED_REQUEST_JSON"));
  }
  if (!body || typeof body !== "object") {
    return sendPaypalError(ctx.res, invalidRequest("MISSING_REQUIRED_PARAMETER", "webhook_event"));
  }
  sendJson(ctx.res, 200, { verification_status: verifyTransmission(deps, body) });
}
