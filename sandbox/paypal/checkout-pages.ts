import type { SandboxDeps } from "../context";
import { readFormPairs } from "../http/body";
import { html, page, SafeHtml } from "../http/html";
import { sendHtml } from "../http/respond";
import type { RequestContext, Router } from "../http/router";
import { findBuyer, paypalBuyers, paypalTestCards } from "../seed-data/paypal-buyers";
import { randomToken } from "../state/tokens";
import { formatValue } from "./money";
import { approveOrder } from "./orders";
import { readPaypal, updatePaypal } from "./state";
import type { PaypalOrder } from "./types";

/**
 * The buyer's side of PayPal, shown by the stand-in SDK in an overlay iframe (or opened directly):
 * log in with a sandbox buyer → "Pay Now" or cancel; or "Debit or Credit Card" as a guest (billing
 * information, then card details). The result page tells the SDK in the merchant page by postMessage.
 */
const BRAND = "PayPal";
const CSS =
  new SafeHtml(`<style>form{display:grid;gap:.6rem;max-width:24rem}label{display:grid;gap:.2rem}
input,select{font:inherit;padding:.45rem;border:1px solid #94a3b8;border-radius:4px}
button{font:inherit;padding:.55rem 1rem;border-radius:999px;border:0;background:#0070ba;color:#fff;cursor:pointer}
button.secondary{background:#e2e8f0;color:#0f172a}fieldset{border:1px solid #cbd5e1;border-radius:6px;display:grid;gap:.5rem}
.error{color:#b91c1c;font-weight:600}</style>`);

export function registerCheckoutPages(router: Router, deps: SandboxDeps): void {
  router.on("GET", "/paypal/checkoutnow", (ctx) => loginPage(ctx, deps));
  router.on("POST", "/paypal/checkoutnow/login", (ctx) => login(ctx, deps));
  router.on("POST", "/paypal/checkoutnow/approve", (ctx) => approve(ctx, deps));
  router.on("POST", "/paypal/checkoutnow/cancel", (ctx) => cancel(ctx, deps));
  router.on("GET", "/paypal/checkoutnow/card", (ctx) => cardPage(ctx, deps));
  router.on("POST", "/paypal/checkoutnow/card", (ctx) => payByCard(ctx, deps));
}

/** Only an http(s) origin is accepted as the postMessage target. */
function parentOrigin(value: string | undefined): string {
  if (!value) return "";
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : "";
  } catch {
    return "";
  }
}

function pendingOrder(deps: SandboxDeps, id: string): PaypalOrder | null {
  const order = readPaypal(deps).orders[id];
  return order && (order.status === "CREATED" || order.status === "PAYER_ACTION_REQUIRED")
    ? order
    : null;
}

function amountText(order: PaypalOrder): string {
  return `${formatValue(order.amountMinor, order.currency)} ${order.currency}`;
}

function unusable(ctx: RequestContext): void {
  const body = html`<h1>This payment can't be approved</h1>
    <p>The order does not exist, or it was already approved or completed.</p>`;
  sendHtml(ctx.res, 404, page("PayPal", BRAND, body));
}

function hidden(order: PaypalOrder, parent: string): SafeHtml {
  return html`<input type="hidden" name="token" value="${order.id}" />
    <input type="hidden" name="parent" value="${parent}" />`;
}

function cancelForm(order: PaypalOrder, parent: string): SafeHtml {
  return html`<form method="post" action="/paypal/checkoutnow/cancel">
    ${hidden(order, parent)}
    <button type="submit" class="secondary">Cancel and return to merchant</button>
  </form>`;
}

async function form(ctx: RequestContext): Promise<Map<string, string>> {
  return new Map(await readFormPairs(ctx.req, ctx.url));
}

function loginPage(ctx: RequestContext, deps: SandboxDeps, error?: string, status = 200): void {
  const params = ctx.url.searchParams;
  const order = pendingOrder(deps, params.get("token") ?? "");
  if (!order) return unusable(ctx);
  renderLogin(ctx, order, parentOrigin(params.get("parent") ?? undefined), error, status);
}

function renderLogin(
  ctx: RequestContext,
  order: PaypalOrder,
  parent: string,
  error?: string,
  status = 200,
): void {
  const body = html`${CSS}
    <h1>Pay with PayPal</h1>
    <p>Order total: <strong>${amountText(order)}</strong></p>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
    <form method="post" action="/paypal/checkoutnow/login">
      ${hidden(order, parent)}
      <label>Email <input name="email" type="email" autocomplete="username" required /></label>
      <label
        >Password <input name="password" type="password" autocomplete="current-password" required
      /></label>
      <button type="submit">Log In</button>
    </form>
    <p>
      or
      <a href="/paypal/checkoutnow/card?token=${order.id}&amp;parent=${encodeURIComponent(parent)}"
        >Pay with Debit or Credit Card</a
      >
    </p>
    ${cancelForm(order, parent)}`;
  sendHtml(ctx.res, status, page("Log in to your PayPal account", BRAND, body));
}

async function login(ctx: RequestContext, deps: SandboxDeps): Promise<void> {
  const fields = await form(ctx);
  const parent = parentOrigin(fields.get("parent"));
  const order = pendingOrder(deps, fields.get("token") ?? "");
  if (!order) return unusable(ctx);
  const found = findBuyer(fields.get("email") ?? "");
  if (!found || found[1].password !== fields.get("password")) {
    return renderLogin(
      ctx,
      order,
      parent,
      "Some of your info isn't correct. Please try again.",
      401,
    );
  }
  const [key, buyer] = found;
  const approvalKey = randomToken(16);
  updatePaypal(deps, (paypal) => {
    const stored = paypal.orders[order.id];
    if (stored) stored.approvalKey = { key: approvalKey, buyer: key };
  });
  const body = html`${CSS}
    <h1>Review your payment</h1>
    <p>Logged in as <strong>${buyer.email}</strong> (${buyer.givenName} ${buyer.surname})</p>
    <p>Order total: <strong>${amountText(order)}</strong></p>
    ${
      order.vaultRequest
        ? html`<p>
            By paying, you agree to save PayPal as a payment method for future payments to this
            merchant.
          </p>`
        : null
    }
    <form method="post" action="/paypal/checkoutnow/approve">
      ${hidden(order, parent)}
      <input type="hidden" name="approval" value="${approvalKey}" />
      <button type="submit">Pay Now</button>
    </form>
    ${cancelForm(order, parent)}`;
  sendHtml(ctx.res, 200, page("Review your payment", BRAND, body));
}

async function approve(ctx: RequestContext, deps: SandboxDeps): Promise<void> {
  const fields = await form(ctx);
  const parent = parentOrigin(fields.get("parent"));
  const order = pendingOrder(deps, fields.get("token") ?? "");
  const approval = fields.get("approval") ?? "";
  if (!order?.approvalKey || approval === "" || order.approvalKey.key !== approval)
    return unusable(ctx);
  const buyer = paypalBuyers[order.approvalKey.buyer as keyof typeof paypalBuyers];
  if (!buyer) return unusable(ctx);
  const done = approveOrder(deps, order.id, {
    kind: "paypal",
    buyer: order.approvalKey.buyer,
    payerId: buyer.payerId,
    email: buyer.email,
  });
  if (!done) return unusable(ctx);
  finish(ctx, parent, { outcome: "approved", orderID: done.id, payerID: buyer.payerId });
}

async function cancel(ctx: RequestContext, deps: SandboxDeps): Promise<void> {
  const fields = await form(ctx);
  const parent = parentOrigin(fields.get("parent"));
  const id = fields.get("token") ?? "";
  updatePaypal(deps, (paypal) => {
    const stored = paypal.orders[id];
    if (stored) delete stored.approvalKey;
  });
  finish(ctx, parent, { outcome: "cancelled", orderID: id });
}

/** The last page: tells the opener (overlay parent or popup opener) what happened. */
function finish(
  ctx: RequestContext,
  parent: string,
  message: { outcome: "approved" | "cancelled"; orderID: string; payerID?: string },
): void {
  const payload = JSON.stringify({ source: "paypal-sandbox", ...message }).replace(/</g, "\\u003c");
  const target = JSON.stringify(parent || "*").replace(/</g, "\\u003c");
  const script = new SafeHtml(`<script>(function(){var m=${payload};var t=${target};
if(window.parent&&window.parent!==window){window.parent.postMessage(m,t);}
else if(window.opener){window.opener.postMessage(m,t);window.close();}})();</script>`);
  const text =
    message.outcome === "approved"
      ? "Payment approved. Returning to the merchant…"
      : "Payment cancelled. Returning to the merchant…";
  const body = html`<h1>
      ${message.outcome === "approved" ? "Payment approved" : "Payment cancelled"}
    </h1>
    <p role="status">${text}</p>
    ${script}`;
  sendHtml(ctx.res, 200, page(text, BRAND, body));
}

const COUNTRIES: [string, string][] = [
  ["US", "United States"],
  ["DE", "Germany"],
  ["GB", "United Kingdom"],
  ["FR", "France"],
  ["JP", "Japan"],
];

function cardPage(ctx: RequestContext, deps: SandboxDeps): void {
  const params = ctx.url.searchParams;
  const order = pendingOrder(deps, params.get("token") ?? "");
  if (!order) return unusable(ctx);
  renderCard(ctx, order, parentOrigin(params.get("parent") ?? undefined), new Map());
}

function renderCard(
  ctx: RequestContext,
  order: PaypalOrder,
  parent: string,
  values: Map<string, string>,
  error?: string,
  status = 200,
): void {
  const v = (name: string) => values.get(name) ?? "";
  const country = v("country") || "US";
  const options = COUNTRIES.map(
    ([code, name]) =>
      html`<option value="${code}" ${new SafeHtml(code === country ? "selected" : "")}>
        ${name}
      </option>`,
  );
  const body = html`${CSS}
    <h1>Buy as a guest</h1>
    <p>
      Pay with a debit or credit card — no PayPal account needed. Order total:
      <strong>${amountText(order)}</strong>
    </p>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
    <form method="post" action="/paypal/checkoutnow/card">
      ${hidden(order, parent)}
      <fieldset>
        <legend>Billing information</legend>
        <label
          >First name
          <input name="firstName" value="${v("firstName")}" autocomplete="given-name" required
        /></label>
        <label
          >Last name
          <input name="lastName" value="${v("lastName")}" autocomplete="family-name" required
        /></label>
        <label
          >Email
          <input name="email" type="email" value="${v("email")}" autocomplete="email" required
        /></label>
        <label
          >Street address
          <input name="street" value="${v("street")}" autocomplete="address-line1" required
        /></label>
        <label
          >City <input name="city" value="${v("city")}" autocomplete="address-level2" required
        /></label>
        <label
          >Postal code
          <input name="postalCode" value="${v("postalCode")}" autocomplete="postal-code" required
        /></label>
        <label
          >Country
          <select name="country" autocomplete="country">
            ${options}
          </select></label
        >
      </fieldset>
      <fieldset>
        <legend>Card details</legend>
        <label
          >Card number
          <input name="cardNumber" inputmode="numeric" autocomplete="cc-number" required
        /></label>
        <label
          >Expires (MM/YY) <input name="expiry" placeholder="MM/YY" autocomplete="cc-exp" required
        /></label>
        <label
          >Security code <input name="cvc" inputmode="numeric" autocomplete="cc-csc" required
        /></label>
      </fieldset>
      <button type="submit">Pay Now</button>
    </form>
    ${cancelForm(order, parent)}`;
  sendHtml(ctx.res, status, page("Pay with debit or credit card", BRAND, body));
}

function expiryProblem(expiry: string, now: number): string | null {
  const match = /^(\d{2})\s*\/\s*(\d{2})$/.exec(expiry.trim());
  if (!match) return "Enter the expiry date as MM/YY.";
  const month = Number(match[1]);
  const year = 2000 + Number(match[2]);
  if (month < 1 || month > 12) return "Enter the expiry date as MM/YY.";
  const date = new Date(now);
  const current = date.getUTCFullYear() * 12 + date.getUTCMonth() + 1;
  return year * 12 + month < current ? "This card has expired." : null;
}

async function payByCard(ctx: RequestContext, deps: SandboxDeps): Promise<void> {
  const fields = await form(ctx);
  const parent = parentOrigin(fields.get("parent"));
  const order = pendingOrder(deps, fields.get("token") ?? "");
  if (!order) return unusable(ctx);
  const again = (message: string, status: number) =>
    renderCard(ctx, order, parent, fields, message, status);
  const required = ["firstName", "lastName", "email", "street", "city", "postalCode", "country"];
  if (required.some((name) => !(fields.get(name) ?? "").trim())) {
    return again("Fill in all billing information.", 400);
  }
  const number = (fields.get("cardNumber") ?? "").replace(/[\s-]/g, "");
  const card = paypalTestCards[number];
  if (!card)
    return again("Enter a valid sandbox test card number (e.g. 4242 4242 4242 4242).", 400);
  const expiry = expiryProblem(fields.get("expiry") ?? "", deps.now());
  if (expiry) return again(expiry, 400);
  if (!/^\d{3,4}$/.test(fields.get("cvc") ?? ""))
    return again("Enter the card's security code.", 400);
  if (card.outcome === "decline") return again("Your card was declined. Try another card.", 402);
  const done = approveOrder(deps, order.id, {
    kind: "card",
    name: `${fields.get("firstName")?.trim()} ${fields.get("lastName")?.trim()}`,
    email: (fields.get("email") ?? "").trim(),
    lastDigits: number.slice(-4),
    brand: card.brand,
    declinesOnCapture: card.outcome === "approve_then_decline",
  });
  if (!done) return unusable(ctx);
  finish(ctx, parent, { outcome: "approved", orderID: done.id });
}
