import type { SandboxDeps } from "../context";
import { readJson } from "../http/body";
import { sendJson } from "../http/respond";
import type { Router } from "../http/router";
import { creationDelayMs, setCreationDelayMs } from "../jelastic/creation-clock";

/**
 * `GET|POST /_control/platform-settings` `{ creationDelayMs }`: how long a new environment stays
 * `creating`. In memory (like faults); the default comes from SANDBOX_CREATE_DELAY_MS or 4 s.
 */
export function registerPlatformSettings(router: Router, deps: SandboxDeps): void {
  router.on("GET", "/_control/platform-settings", (ctx) =>
    sendJson(ctx.res, 200, { creationDelayMs: creationDelayMs(deps) }),
  );
  router.on("POST", "/_control/platform-settings", async (ctx) => {
    let body: unknown;
    try {
      body = await readJson(ctx.req);
    } catch {
      return sendJson(ctx.res, 400, { error: "invalid_json" });
    }
    const ms =
      body && typeof body === "object" && "creationDelayMs" in body
        ? body.creationDelayMs
        : undefined;
    if (typeof ms !== "number" || !Number.isInteger(ms) || ms < 0 || ms > 600_000) {
      return sendJson(ctx.res, 400, { error: "creationDelayMs must be an integer 0–600000" });
    }
    setCreationDelayMs(deps, ms);
    sendJson(ctx.res, 200, { ok: true, creationDelayMs: ms });
  });
}
