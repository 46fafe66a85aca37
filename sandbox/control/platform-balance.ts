import { z } from "zod";
import type { SandboxDeps } from "../context";
import { readJson } from "../http/body";
import { sendJson } from "../http/respond";
import type { Router } from "../http/router";

const balanceInput = z.object({
  email: z.email(),
  /** Main balance in minor units of the platform currency. */
  balanceCents: z.number().int().min(0).max(100_000_000),
  bonusCents: z.number().int().min(0).max(100_000_000).optional(),
});

/**
 * `POST /_control/platform-balance` `{ email, balanceCents, bonusCents? }`: sets a platform
 * account's balance, so tests can reach "not enough balance" without spending it first.
 * Persisted like the rest of the state; `reset` restores the seed.
 */
export function registerPlatformBalance(router: Router, deps: SandboxDeps): void {
  router.on("POST", "/_control/platform-balance", async (ctx) => {
    let body: unknown;
    try {
      body = await readJson(ctx.req);
    } catch {
      return sendJson(ctx.res, 400, { error: "invalid_json" });
    }
    const parsed = balanceInput.safeParse(body);
    if (!parsed.success) return sendJson(ctx.res, 400, { error: "invalid_balance" });
    const { email, balanceCents, bonusCents } = parsed.data;
    const found = deps.store.update((state) => {
      const user = state.platform.users.find((u) => u.email.toLowerCase() === email.toLowerCase());
      if (!user) return false;
      user.balanceCents = balanceCents;
      if (bonusCents !== undefined) user.bonusCents = bonusCents;
      return true;
    });
    sendJson(ctx.res, found ? 200 : 404, found ? { ok: true } : { error: "user_not_found" });
  });
}
