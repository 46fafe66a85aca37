import { z } from "zod";
import type { SandboxDeps } from "../context";
import { readJson } from "../http/body";
import { sendJson } from "../http/respond";
import type { Router } from "../http/router";
import { changePaypalSettings, paypalSettings } from "./settings";
import { readPaypal } from "./state";
import { deliveryOf } from "./webhooks";

/**
 * `GET|POST /_control/paypal/settings` `{webhookUrl, webhookId, tokenTtlSeconds}` and
 * `GET /_control/paypal/events` (emitted webhooks with their delivery outcome, newest last; the
 * delivery itself — retries, duplicate/drop/hold/reorder — is the shared `/_control/webhooks`).
 */
const settingsInput = z
  .object({
    webhookUrl: z.url().nullable().optional(),
    webhookId: z.string().min(1).max(100).optional(),
    tokenTtlSeconds: z.number().int().min(1).max(86_400).optional(),
  })
  .strict();

export function registerPaypalControl(router: Router, deps: SandboxDeps): void {
  router.on("GET", "/_control/paypal/settings", (ctx) =>
    sendJson(ctx.res, 200, { ...paypalSettings(deps) }),
  );
  router.on("POST", "/_control/paypal/settings", async (ctx) => {
    let body: unknown;
    try {
      body = await readJson(ctx.req);
    } catch {
      return sendJson(ctx.res, 400, { error: "invalid_json" });
    }
    const parsed = settingsInput.safeParse(body ?? {});
    if (!parsed.success) {
      return sendJson(ctx.res, 400, {
        error: "invalid_settings",
        issues: parsed.error.issues.map((i) => i.path.map(String).join(".") || "(root)"),
      });
    }
    const { webhookUrl, webhookId, tokenTtlSeconds } = parsed.data;
    const next = changePaypalSettings(deps, {
      ...(webhookUrl !== undefined ? { webhookUrl } : {}),
      ...(webhookId ? { webhookId } : {}),
      ...(tokenTtlSeconds ? { tokenTtlSeconds } : {}),
    });
    sendJson(ctx.res, 200, { ok: true, ...next });
  });
  router.on("GET", "/_control/paypal/events", (ctx) =>
    sendJson(
      ctx.res,
      200,
      readPaypal(deps).events.map((e) => ({
        id: e.id,
        eventType: e.eventType,
        createdAt: e.createdAt,
        ...deliveryOf(deps, e),
        event: JSON.parse(e.body) as never,
      })),
    ),
  );
}
