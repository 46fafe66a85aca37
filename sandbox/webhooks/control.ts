import { z } from "zod";
import type { SandboxDeps } from "../context";
import { readJson } from "../http/body";
import { sendJson, type Json } from "../http/respond";
import type { RequestContext, Router } from "../http/router";

const ruleInput = z
  .object({
    mode: z.enum(["delay", "duplicate", "drop", "hold", "reorder"]),
    count: z.number().int().min(1).max(100).optional(),
    delayMs: z.number().int().min(0).max(600_000).optional(),
    provider: z.string().min(1).optional(),
  })
  .strict();

const settingsInput = z
  .object({
    retryBaseMs: z.number().int().min(0).max(3_600_000).optional(),
    maxAttempts: z.number().int().min(1).max(50).optional(),
    timeoutMs: z.number().int().min(50).max(120_000).optional(),
  })
  .strict();

const flushInput = z
  .object({ order: z.enum(["fifo", "reverse"]).optional() })
  .strict()
  .optional();

/**
 * `/_control/webhooks`: misbehave on purpose for the next N deliveries, see what was delivered
 * with which HTTP status, release held ones. Provider-neutral (Stripe now, PayPal later).
 */
export function registerWebhookControl(router: Router, deps: SandboxDeps): void {
  const hooks = deps.webhooks;

  router.on("GET", "/_control/webhooks", (ctx) =>
    sendJson(ctx.res, 200, {
      settings: { ...hooks.getSettings() },
      rules: hooks.listRules().map((r) => ({ ...r })),
      deliveries: asJson(
        hooks.list({ provider: ctx.url.searchParams.get("provider") ?? undefined }),
      ),
    }),
  );
  router.on("POST", "/_control/webhooks", async (ctx) => {
    const input = await parse(ctx, ruleInput);
    if (!input) return;
    sendJson(ctx.res, 201, { ok: true, rule: { ...hooks.addRule(input) } });
  });
  router.on("DELETE", "/_control/webhooks", (ctx) =>
    sendJson(ctx.res, 200, { ok: true, removed: hooks.clearRules() }),
  );
  router.on("POST", "/_control/webhooks/settings", async (ctx) => {
    const input = await parse(ctx, settingsInput);
    if (!input) return;
    sendJson(ctx.res, 200, { ok: true, settings: { ...hooks.configure(input) } });
  });
  router.on("POST", "/_control/webhooks/flush", async (ctx) => {
    const input = await parse(ctx, flushInput);
    if (input === null) return;
    sendJson(ctx.res, 200, { ok: true, flushed: hooks.flush(input?.order) });
  });
  /** Answers once no delivery is in flight or waiting (held ones aside): handy before asserting. */
  router.on("POST", "/_control/webhooks/idle", async (ctx) => {
    await hooks.idle();
    sendJson(ctx.res, 200, { ok: true });
  });
}

function asJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

/** Reads and validates a JSON body; answers 400 itself and returns null when it is wrong. */
async function parse<T>(ctx: RequestContext, schema: z.ZodType<T>): Promise<T | null> {
  let body: unknown;
  try {
    body = await readJson(ctx.req);
  } catch {
    sendJson(ctx.res, 400, { error: "invalid_json" });
    return null;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    sendJson(ctx.res, 400, {
      error: "invalid_input",
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map(String).join("."),
        message: i.message,
      })),
    });
    return null;
  }
  return parsed.data;
}
