import type { SandboxDeps } from "../../context";
import { readBody } from "../../http/body";
import { html } from "../../http/html";
import { sendHtml } from "../../http/respond";
import type { RequestContext, Router } from "../../http/router";
import { finishChallenge } from "../charge";
import { successUrl } from "./checkout-page";
import { formatAmount, merchantName } from "./format";
import { hostedPage } from "./layout";

/** The password the test bank accepts on "Purchase Authentication" (sandbox/README.md). */
export const THREE_D_SECURE_PASSWORD = "Auth-3DS-2026";

/**
 * The bank's 3-D Secure page ("Purchase Authentication"): the buyer types the card's password.
 * Right password → the payment goes on; wrong password or Cancel → authentication failed. Used by
 * the hosted checkout page and by a PaymentIntent's `next_action.redirect_to_url`.
 */
export function registerAuthenticatePage(router: Router, deps: SandboxDeps): void {
  router.on("GET", "/c/3ds/:id", (ctx) => show(ctx, deps, null));
  router.on("POST", "/c/3ds/:id", async (ctx) => {
    const body = new URLSearchParams(await readBody(ctx.req));
    const challengeId = ctx.params.id ?? "";
    const challenge = deps.store.state.stripe.challenges[challengeId];
    if (!challenge || challenge.done) return show(ctx, deps, null);
    const cancelled = body.get("action") === "cancel";
    const password = body.get("password") ?? "";
    if (!cancelled && password === "") {
      return show(ctx, deps, "Enter the password for your card, or cancel.");
    }
    const passed = !cancelled && password === THREE_D_SECURE_PASSWORD;
    const outcome = finishChallenge(deps, challengeId, passed);
    if (!outcome) return show(ctx, deps, null);

    const state = deps.store.state.stripe;
    const session = challenge.checkoutSession
      ? state.checkoutSessions[challenge.checkoutSession]
      : undefined;
    if (session) {
      return seeOther(
        ctx,
        outcome.kind === "succeeded" ? successUrl(session) : `/c/pay/${session.id}?retry=1`,
      );
    }
    const pi = state.paymentIntents[challenge.paymentIntent];
    if (pi?.returnUrl) {
      const target = new URL(pi.returnUrl);
      target.searchParams.set("payment_intent", pi.id);
      target.searchParams.set("payment_intent_client_secret", pi.clientSecret);
      target.searchParams.set(
        "redirect_status",
        outcome.kind === "succeeded" ? "succeeded" : "failed",
      );
      return seeOther(ctx, target.toString());
    }
    const done = outcome.kind === "succeeded" ? "Authentication complete" : "Authentication failed";
    sendHtml(
      ctx.res,
      200,
      hostedPage(
        done,
        merchantName(),
        html`<div class="card">
          <h1>${done}</h1>
          <p>You can close this window.</p>
        </div>`,
      ),
    );
  });
}

function show(ctx: RequestContext, deps: SandboxDeps, error: string | null): void {
  const state = deps.store.state.stripe;
  const challenge = state.challenges[ctx.params.id ?? ""];
  const pi = challenge ? state.paymentIntents[challenge.paymentIntent] : undefined;
  const pm = pi?.paymentMethod ? state.paymentMethods[pi.paymentMethod] : undefined;
  if (!challenge || challenge.done || !pi || !pm || pi.status !== "requires_action") {
    const body = html`<div class="card">
      <h1>Purchase Authentication</h1>
      <p>This authentication is no longer needed: it was completed, cancelled or replaced.</p>
    </div>`;
    return sendHtml(ctx.res, 410, hostedPage("Purchase Authentication", merchantName(), body));
  }
  const amount = formatAmount(pi.amount, pi.currency);
  const body = html`<div class="card">
    <h1>Purchase Authentication</h1>
    <p>
      Sandbox Bank wants to make sure it is you paying <strong>${amount}</strong> to
      ${merchantName()} with your ${pm.brand} card ending in <strong>${pm.last4}</strong>.
    </p>
    ${error ? html`<div class="alert" role="alert">${error}</div>` : ""}
    <form method="post" action="/c/3ds/${challenge.id}">
      <label for="password">Password</label>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="off"
        autofocus
        aria-describedby="password-hint"
      />
      <p class="note" id="password-hint">The password your bank gave you for online payments.</p>
      <div class="actions">
        <button class="primary" type="submit" name="action" value="complete">
          Complete authentication
        </button>
        <button class="secondary" type="submit" name="action" value="cancel">Cancel</button>
      </div>
    </form>
  </div>`;
  sendHtml(ctx.res, error ? 400 : 200, hostedPage("Purchase Authentication", merchantName(), body));
}

function seeOther(ctx: RequestContext, location: string): void {
  ctx.res.writeHead(303, { location, "cache-control": "no-store" });
  ctx.res.end();
}
