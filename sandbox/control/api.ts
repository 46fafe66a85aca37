import type { SandboxDeps } from "../context";
import { readJson } from "../http/body";
import { sendJson, type Json } from "../http/respond";
import type { RequestContext, Router } from "../http/router";
import type { Fault } from "./faults";
import { faultInput } from "./fault-schema";
import { registerPlatformBalance } from "./platform-balance";
import { registerWhmcsCredit } from "./whmcs-credit";

/**
 * Control API for tests (CONTRACTS.md): JSON in and out, proper status codes, input checked with zod.
 * Faults live in memory; everything else is in the persisted state.
 */
export function registerControl(router: Router, deps: SandboxDeps): void {
  router.on("GET", "/_control/health", (ctx) => sendJson(ctx.res, 200, { ok: true }));
  registerPlatformBalance(router, deps);
  registerWhmcsCredit(router, deps);

  router.on("POST", "/_control/reset", (ctx) => {
    deps.store.reset();
    const faults = deps.faults.clear();
    deps.webhooks.reset();
    sendJson(ctx.res, 200, { ok: true, faultsCleared: faults });
  });

  router.on("POST", "/_control/faults", (ctx) => addFault(ctx, deps));
  router.on("GET", "/_control/faults", (ctx) =>
    sendJson(ctx.res, 200, { faults: deps.faults.list().map(faultJson) }),
  );
  router.on("DELETE", "/_control/faults", (ctx) =>
    sendJson(ctx.res, 200, { ok: true, removed: deps.faults.clear() }),
  );
  router.on("DELETE", "/_control/faults/:id", (ctx) => {
    const removed = deps.faults.remove(ctx.params.id ?? "");
    sendJson(ctx.res, removed ? 200 : 404, removed ? { ok: true } : { error: "fault_not_found" });
  });

  router.on("POST", "/_control/expire-sessions", (ctx) => {
    const expired = deps.store.update((state) => {
      const count =
        Object.keys(state.platform.sessions).length +
        Object.keys(state.platform.dashboardSessions).length;
      state.platform.sessions = {};
      state.platform.dashboardSessions = {};
      return count;
    });
    sendJson(ctx.res, 200, { ok: true, expired });
  });

  router.on("GET", "/_control/emails", (ctx) => {
    const to = ctx.url.searchParams.get("to")?.toLowerCase();
    const emails = deps.store.state.mail.emails.filter(
      (e) => !to || e.to.some((a) => a.toLowerCase() === to),
    );
    sendJson(
      ctx.res,
      200,
      emails.map((e) => ({ ...e })),
    );
  });
  router.on("DELETE", "/_control/emails", (ctx) => {
    const removed = deps.store.update((state) => {
      const count = state.mail.emails.length;
      state.mail.emails = [];
      return count;
    });
    sendJson(ctx.res, 200, { ok: true, removed });
  });
}

async function addFault(ctx: RequestContext, deps: SandboxDeps): Promise<void> {
  let body: unknown;
  try {
    body = await readJson(ctx.req);
  } catch {
    return sendJson(ctx.res, 400, { error: "invalid_json" });
  }
  const parsed = faultInput.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.map(String).join("."),
      message: i.message,
    }));
    return sendJson(ctx.res, 400, { error: "invalid_fault", issues });
  }
  const fault = deps.faults.add(parsed.data);
  deps.log.info(`sandbox: fault ${fault.id} on ${fault.service}:${fault.action}`);
  sendJson(ctx.res, 201, { id: fault.id });
}

function faultJson(fault: Fault): Json {
  return JSON.parse(JSON.stringify(fault)) as Json;
}
