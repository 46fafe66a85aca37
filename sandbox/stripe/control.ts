import { z } from "zod";
import type { SandboxDeps } from "../context";
import { readJson } from "../http/body";
import { sendJson } from "../http/respond";
import type { Router } from "../http/router";
import { setStripeWebhookEndpoint, stripeWebhookEndpoint } from "./endpoint";
import { eventJson } from "./serialize";

const endpointInput = z
  .object({
    url: z.union([z.url(), z.null()]).optional(),
    secret: z.string().min(8).optional(),
  })
  .strict();

/**
 * `/_control/stripe/*`: where webhooks go (`webhook-endpoint`), and the events Stripe recorded
 * (`events?type=…`, newest first) so tests can look without running a receiver.
 */
export function registerStripeControl(router: Router, deps: SandboxDeps): void {
  router.on("GET", "/_control/stripe/webhook-endpoint", (ctx) =>
    sendJson(ctx.res, 200, { ...stripeWebhookEndpoint(deps) }),
  );
  router.on("POST", "/_control/stripe/webhook-endpoint", async (ctx) => {
    let body: unknown;
    try {
      body = await readJson(ctx.req);
    } catch {
      return sendJson(ctx.res, 400, { error: "invalid_json" });
    }
    const parsed = endpointInput.safeParse(body);
    if (!parsed.success) {
      return sendJson(ctx.res, 400, {
        error: "invalid_input",
        message: parsed.error.issues[0]?.message ?? "",
      });
    }
    sendJson(ctx.res, 200, { ok: true, ...setStripeWebhookEndpoint(deps, parsed.data) });
  });
  router.on("GET", "/_control/stripe/events", (ctx) => {
    const type = ctx.url.searchParams.get("type");
    const events = deps.store.state.stripe.events
      .filter((e) => !type || e.type === type)
      .slice()
      .reverse()
      .map((e) => JSON.parse(JSON.stringify(eventJson(e))) as Record<string, never>);
    sendJson(ctx.res, 200, { events });
  });
}
