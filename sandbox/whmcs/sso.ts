import type { SandboxDeps } from "../context";
import { int, str, type PhpArray } from "../http/php-form";
import { pruneExpired, randomToken } from "../state/tokens";
import { failure, success, type WhmcsReply } from "./envelope";

const TOKEN_TTL_MS = 60_000;

/** Destinations WHMCS documents for CreateSsoToken (reference §2.1). */
const destinations = new Set([
  "clientarea:home",
  "clientarea:profile",
  "clientarea:billing_info",
  "clientarea:emails",
  "clientarea:announcements",
  "clientarea:downloads",
  "clientarea:knowledgebase",
  "clientarea:network_status",
  "clientarea:services",
  "clientarea:product_details",
  "clientarea:domains",
  "clientarea:domain_details",
  "clientarea:invoices",
  "clientarea:tickets",
  "clientarea:submit_ticket",
  "clientarea:shopping_cart",
  "clientarea:shopping_cart_addons",
  "clientarea:shopping_cart_domain_register",
  "clientarea:shopping_cart_domain_transfer",
  "clientarea:upgrade",
  "sso:custom_redirect",
]);

/**
 * CreateSsoToken: a one-use token valid for 60 s. Without `user_id` the client's owner signs in;
 * without `client_id` the user's first client is used.
 */
export function createSsoToken(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  const { clients, users } = deps.store.state.whmcs;
  const clientId = int(params, "client_id");
  const userId = int(params, "user_id");
  if (!clientId && !userId) return failure("A valid client_id or user_id is required");

  const client = clientId ? clients.find((c) => c.id === clientId) : undefined;
  if (clientId && !client) return failure("Invalid client_id");
  if (userId && !users.some((u) => u.id === userId)) return failure("Invalid user_id");
  const target = client ?? clients.find((c) => c.users.some((u) => u.userId === userId));
  if (!target) return failure("Invalid user_id for client");
  const link = userId
    ? target.users.find((u) => u.userId === userId)
    : target.users.find((u) => u.isOwner);
  if (!link) return failure("Invalid user_id for client");
  if (target.status === "Closed")
    return failure(`SSO authentication blocked for client ${target.id}`);

  const destination = str(params, "destination") ?? "clientarea:home";
  if (!destinations.has(destination)) return failure("Invalid destination");
  const redirectPath = str(params, "sso_redirect_path");
  const serviceId = int(params, "service_id");

  const token = randomToken(20);
  const now = deps.now();
  deps.store.update((state) => {
    pruneExpired(state.whmcs.ssoTokens, now);
    state.whmcs.ssoTokens[token] = {
      clientId: target.id,
      userId: link.userId,
      destination,
      expiresAt: now + TOKEN_TTL_MS,
      ...(redirectPath ? { redirectPath } : {}),
      ...(serviceId ? { serviceId } : {}),
    };
  });
  return success({
    access_token: token,
    redirect_url: `${deps.publicUrl}/whmcs/oauth/singlesignon.php?access_token=${token}`,
  });
}
