import type { SandboxDeps } from "../context";
import { stripeWebhookEndpoint } from "./endpoint";
import { stripeId, unixNow } from "./ids";
import { eventJson } from "./serialize";
import { signatureHeader } from "./signature";

const MAX_EVENTS = 1_000;

/**
 * Records a Stripe event (snapshot of the object now) and hands it to the webhook dispatcher,
 * signed the way Stripe signs (a fresh timestamp on every attempt, so retries and held deliveries
 * stay within the receiver's 300 s tolerance).
 */
export function emitEvent(
  deps: SandboxDeps,
  type: string,
  object: Record<string, unknown>,
  previousAttributes?: Record<string, unknown>,
): string {
  const record = {
    id: stripeId("evt"),
    type,
    created: unixNow(deps.now()),
    object,
    ...(previousAttributes ? { previousAttributes } : {}),
  };
  deps.store.update((state) => {
    state.stripe.events.push(record);
    if (state.stripe.events.length > MAX_EVENTS)
      state.stripe.events.splice(0, state.stripe.events.length - MAX_EVENTS);
  });
  const endpoint = stripeWebhookEndpoint(deps);
  if (!endpoint.url) return record.id;
  const body = JSON.stringify(eventJson(record), null, 2);
  const secret = endpoint.secret;
  deps.webhooks.enqueue({
    provider: "stripe",
    label: `${record.id} ${type}`,
    url: endpoint.url,
    body,
    headers: () => ({
      "content-type": "application/json; charset=utf-8",
      "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
      // Signed with the wall clock, never a sandbox clock: receivers check a 300 s tolerance.
      "stripe-signature": signatureHeader(body, secret, Math.floor(Date.now() / 1000)),
    }),
  });
  return record.id;
}
