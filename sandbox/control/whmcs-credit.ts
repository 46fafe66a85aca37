import { z } from "zod";
import type { SandboxDeps } from "../context";
import { readJson } from "../http/body";
import { sendJson } from "../http/respond";
import type { Router } from "../http/router";

const creditInput = z.object({
  /** The WHMCS client's email. */
  email: z.email(),
  creditCents: z.number().int().min(0).max(100_000_000),
});

/**
 * `POST /_control/whmcs-credit` `{ email, creditCents }`: sets a WHMCS client's credit, so tests
 * can pay from credit (or fail to) without a top-up first. Persisted; `reset` restores the seed.
 */
export function registerWhmcsCredit(router: Router, deps: SandboxDeps): void {
  router.on("POST", "/_control/whmcs-credit", async (ctx) => {
    let body: unknown;
    try {
      body = await readJson(ctx.req);
    } catch {
      return sendJson(ctx.res, 400, { error: "invalid_json" });
    }
    const parsed = creditInput.safeParse(body);
    if (!parsed.success) return sendJson(ctx.res, 400, { error: "invalid_credit" });
    const { email, creditCents } = parsed.data;
    const found = deps.store.update((state) => {
      const client = state.whmcs.clients.find((c) => c.email.toLowerCase() === email.toLowerCase());
      if (!client) return false;
      client.creditCents = creditCents;
      return true;
    });
    sendJson(ctx.res, found ? 200 : 404, found ? { ok: true } : { error: "client_not_found" });
  });
}
