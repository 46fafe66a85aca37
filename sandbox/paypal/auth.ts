import type { SandboxDeps } from "../context";
import { readFormPairs } from "../http/body";
import { sendJson } from "../http/respond";
import type { RequestContext } from "../http/router";
import { pruneExpired, randomToken } from "../state/tokens";
import { paypalSettings } from "./settings";
import { paypalCredentials, readPaypal, updatePaypal } from "./state";

/**
 * `POST /paypal/v1/oauth2/token`: Basic client id/secret, `grant_type=client_credentials`, answers an
 * expiring bearer token (tokens are kept in the state, so they survive a restart like PayPal's).
 */
export async function issueToken(ctx: RequestContext, deps: SandboxDeps): Promise<void> {
  const auth = ctx.req.headers.authorization ?? "";
  const decoded = auth.startsWith("Basic ")
    ? Buffer.from(auth.slice(6), "base64").toString("utf8")
    : "";
  const [id, secret] = [
    decoded.slice(0, decoded.indexOf(":")),
    decoded.slice(decoded.indexOf(":") + 1),
  ];
  if (id !== paypalCredentials.clientId || secret !== paypalCredentials.clientSecret) {
    return sendJson(ctx.res, 401, {
      error: "invalid_client",
      error_description: "Client Authentication failed",
    });
  }
  const form = new Map(await readFormPairs(ctx.req, ctx.url));
  if (form.get("grant_type") !== "client_credentials") {
    return sendJson(ctx.res, 400, {
      error: "unsupported_grant_type",
      error_description: "Grant Type is NULL or not supported",
    });
  }
  const ttl = paypalSettings(deps).tokenTtlSeconds;
  const token = `A21AA${randomToken(40)}`;
  const now = deps.now();
  updatePaypal(deps, (paypal) => {
    pruneExpired(paypal.accessTokens, now);
    paypal.accessTokens[token] = { clientId: id, expiresAt: now + ttl * 1000 };
  });
  sendJson(ctx.res, 200, {
    scope:
      "https://uri.paypal.com/services/payments/payment https://uri.paypal.com/services/vault/payment-tokens/readwrite",
    access_token: token,
    token_type: "Bearer",
    app_id: "APP-SANDBOX0PORTAL",
    expires_in: ttl,
    nonce: `${new Date(now).toISOString()}${randomToken(8)}`,
  });
}

/** The client id behind a valid bearer token, or null after answering 401 like PayPal does. */
export function authorize(ctx: RequestContext, deps: SandboxDeps): string | null {
  const auth = ctx.req.headers.authorization ?? "";
  const token = auth.startsWith("Bearer ") ? auth.slice(7).trim() : "";
  const stored = token ? readPaypal(deps).accessTokens[token] : undefined;
  if (!stored || stored.expiresAt <= deps.now()) {
    sendJson(ctx.res, 401, {
      error: "invalid_token",
      error_description: stored
        ? "Token signature verification failed"
        : "Access Token not found in cache",
    });
    return null;
  }
  return stored.clientId;
}
