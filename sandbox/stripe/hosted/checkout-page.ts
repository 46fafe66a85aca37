import type { SandboxDeps } from "../../context";
import { readBody } from "../../http/body";
import { html, type SafeHtml } from "../../http/html";
import { sendHtml } from "../../http/respond";
import type { RequestContext, Router } from "../../http/router";
import { confirmWithCard, newPaymentIntent } from "../charge";
import { expireIfDue } from "../checkout-sessions";
import { stripeId, unixNow } from "../ids";
import type { StripeCheckoutSessionRecord, StripePaymentMethodRecord } from "../state";
import { readCardForm, validateCardForm, type CardForm, type CardFormErrors } from "./card-form";
import { formatAmount, merchantName } from "./format";
import { hostedPage } from "./layout";

/**
 * The stand-in for Stripe's hosted Checkout page at `session.url`: a plain HTML card form that
 * honours Stripe's test cards, sends 3-D Secure cards to the "Purchase Authentication" page,
 * shows declines and lets the buyer try another card, and redirects to `success_url` once paid.
 */
export function registerCheckoutPage(router: Router, deps: SandboxDeps): void {
  router.on("GET", "/c/pay/:id", (ctx) => {
    const session = openSession(ctx, deps);
    if (!session) return;
    const pi = session.paymentIntent
      ? deps.store.state.stripe.paymentIntents[session.paymentIntent]
      : undefined;
    // Back from a failed authentication: say why, as Stripe's page does.
    const paymentError =
      ctx.url.searchParams.has("retry") && pi?.lastError
        ? messageFor(pi.lastError.code, pi.lastError.message)
        : null;
    sendHtml(ctx.res, 200, checkoutView(session, emptyForm(session, deps), {}, paymentError));
  });

  router.on("POST", "/c/pay/:id", async (ctx) => {
    const session = openSession(ctx, deps);
    if (!session) return;
    const form = readCardForm(new URLSearchParams(await readBody(ctx.req)));
    const needsEmail = !session.customer && !session.customerEmail;
    const checked = validateCardForm(form, needsEmail, new Date(deps.now()));
    if (!checked.ok) {
      return sendHtml(ctx.res, 400, checkoutView(session, form, checked.errors, null));
    }
    const card = checked.card;
    const email = card.email ?? session.customerEmail ?? customerEmail(deps, session);

    // Saving a card needs a customer to save it on; Stripe creates one when the session has none.
    if (session.paymentIntentData.setupFutureUsage && !session.customer) {
      const id = stripeId("cus", 14);
      deps.store.update((state) => {
        state.stripe.customers[id] = {
          id,
          email,
          name: card.name,
          description: null,
          metadata: {},
          defaultPaymentMethod: null,
          created: unixNow(deps.now()),
        };
        session.customer = id;
      });
    }
    deps.store.update(() => {
      session.customerDetails = { email, name: card.name };
    });

    const pi = paymentIntentFor(deps, session);
    const pm: StripePaymentMethodRecord = {
      id: stripeId("pm"),
      customer: null,
      cardNumber: card.number,
      brand: card.brand,
      last4: card.number.slice(-4),
      expMonth: card.expMonth,
      expYear: card.expYear,
      name: card.name,
      email,
      offSessionReady: false,
      metadata: {},
      created: unixNow(deps.now()),
    };
    deps.store.update((state) => {
      state.stripe.paymentMethods[pm.id] = pm;
    });

    const outcome = confirmWithCard(deps, pi, pm, false);
    if (outcome.kind === "succeeded") return seeOther(ctx, successUrl(session));
    if (outcome.kind === "requires_action") return seeOther(ctx, `/c/3ds/${outcome.challenge}`);
    const message = messageFor(outcome.error.code, outcome.error.message);
    const retryForm = { ...form, cardNumber: "", cardExpiry: "", cardCvc: "" };
    sendHtml(ctx.res, 402, checkoutView(session, retryForm, {}, message));
  });
}

/** One PaymentIntent per session, created at the first attempt and reused by the next ones. */
function paymentIntentFor(deps: SandboxDeps, session: StripeCheckoutSessionRecord) {
  const existing = session.paymentIntent
    ? deps.store.state.stripe.paymentIntents[session.paymentIntent]
    : undefined;
  if (existing) {
    if (existing.status === "requires_action") {
      // The buyer left the authentication page and typed a card again: that challenge is over.
      deps.store.update((state) => {
        const challenge = existing.challenge
          ? state.stripe.challenges[existing.challenge]
          : undefined;
        if (challenge) challenge.done = true;
        existing.challenge = null;
        existing.status = "requires_payment_method";
      });
    }
    return existing;
  }
  const pi = newPaymentIntent(deps, {
    amount: session.amountTotal,
    currency: session.currency,
    customer: session.customer,
    metadata: { ...session.paymentIntentData.metadata },
    description: session.paymentIntentData.description,
    receiptEmail: null,
    setupFutureUsage: session.paymentIntentData.setupFutureUsage,
    returnUrl: null,
    checkoutSession: session.id,
  });
  deps.store.update(() => {
    session.paymentIntent = pi.id;
  });
  return pi;
}

/** The session, or an answer page when it is unknown, paid or expired (then null). */
function openSession(ctx: RequestContext, deps: SandboxDeps): StripeCheckoutSessionRecord | null {
  const session = deps.store.state.stripe.checkoutSessions[ctx.params.id ?? ""];
  if (!session) {
    sendHtml(
      ctx.res,
      404,
      messagePage("Something went wrong", "The page you were looking for could not be found."),
    );
    return null;
  }
  expireIfDue(deps, session);
  if (session.status === "complete") {
    seeOther(ctx, successUrl(session));
    return null;
  }
  if (session.status === "expired") {
    sendHtml(
      ctx.res,
      410,
      messagePage(
        "This checkout session has expired",
        "Go back to the merchant's site to start a new payment.",
      ),
    );
    return null;
  }
  return session;
}

export function successUrl(session: StripeCheckoutSessionRecord): string {
  return session.successUrl.replaceAll("{CHECKOUT_SESSION_ID}", session.id);
}

/** What Stripe's hosted page says for each failure (its `message`, plus what to do next). */
function messageFor(code: string, message: string): string {
  if (code === "payment_intent_authentication_failure") {
    return "We are unable to authenticate your payment method. Please choose a different payment method and try again.";
  }
  if (
    code === "card_declined" ||
    code === "expired_card" ||
    code === "incorrect_cvc" ||
    code === "incorrect_number"
  ) {
    return `${message} Try a different card.`;
  }
  return message;
}

function seeOther(ctx: RequestContext, location: string): void {
  ctx.res.writeHead(303, { location, "cache-control": "no-store" });
  ctx.res.end();
}

function customerEmail(deps: SandboxDeps, session: StripeCheckoutSessionRecord): string | null {
  return session.customer
    ? (deps.store.state.stripe.customers[session.customer]?.email ?? null)
    : null;
}

function emptyForm(session: StripeCheckoutSessionRecord, deps: SandboxDeps): CardForm {
  return {
    email: session.customerEmail ?? customerEmail(deps, session) ?? "",
    cardNumber: "",
    cardExpiry: "",
    cardCvc: "",
    billingName: "",
  };
}

function messagePage(title: string, text: string): string {
  return hostedPage(
    title,
    merchantName(),
    html`<div class="card">
      <h1>${title}</h1>
      <p>${text}</p>
    </div>`,
  );
}

function checkoutView(
  session: StripeCheckoutSessionRecord,
  form: CardForm,
  errors: CardFormErrors,
  paymentError: string | null,
): string {
  const amount = formatAmount(session.amountTotal, session.currency);
  const needsEmail = !session.customer && !session.customerEmail;
  const firstInvalid = (Object.keys(errors) as (keyof CardForm)[])[0];
  const field = (
    name: keyof CardForm,
    label: string,
    attrs: { autocomplete: string; inputmode?: string; placeholder?: string; type?: string },
  ): SafeHtml => {
    const error = errors[name];
    const errorId = `${name}-error`;
    return html`<div>
      <label for="${name}">${label}</label>
      <input
        id="${name}"
        name="${name}"
        type="${attrs.type ?? "text"}"
        value="${form[name]}"
        autocomplete="${attrs.autocomplete}"
        ${attrs.inputmode ? html`inputmode="${attrs.inputmode}"` : ""}
        ${attrs.placeholder ? html`placeholder="${attrs.placeholder}"` : ""}
        ${error ? html`aria-invalid="true" aria-describedby="${errorId}"` : ""}
        ${firstInvalid === name ? html`autofocus` : ""}
      />
      ${error ? html`<p class="field-error" id="${errorId}">${error}</p>` : ""}
    </div>`;
  };
  const items = session.lineItems.map(
    (item) => html`<li>${item.name}${item.quantity > 1 ? ` × ${item.quantity}` : ""}</li>`,
  );
  const saving = session.paymentIntentData.setupFutureUsage
    ? html`<p class="note">
        By paying, you allow ${merchantName()} to charge your card for future payments in accordance
        with their terms.
      </p>`
    : "";
  const back = session.cancelUrl
    ? html`<p><a href="${session.cancelUrl}">← Back to ${merchantName()}</a></p>`
    : "";
  const body = html`${back}
    <div class="card">
      <h1>Pay ${merchantName()}</h1>
      <p class="amount" data-testid="checkout-amount">${amount}</p>
      <ul>
        ${items}
      </ul>
      ${
        paymentError
          ? html`<div class="alert" role="alert" data-testid="checkout-error">${paymentError}</div>`
          : ""
      }
      <form method="post" action="/c/pay/${session.id}" novalidate>
        ${
          needsEmail
            ? field("email", "Email", { autocomplete: "email", type: "email" })
            : html`<p class="note">Paying as ${form.email || "a signed-in customer"}</p>
                <input type="hidden" name="email" value="${form.email}" />`
        }
        ${field("cardNumber", "Card number", {
          autocomplete: "cc-number",
          inputmode: "numeric",
          placeholder: "1234 1234 1234 1234",
        })}
        <div class="row">
          ${field("cardExpiry", "Expiration date (MM / YY)", {
            autocomplete: "cc-exp",
            inputmode: "numeric",
            placeholder: "MM / YY",
          })}
          ${field("cardCvc", "Security code (CVC)", {
            autocomplete: "cc-csc",
            inputmode: "numeric",
            placeholder: "CVC",
          })}
        </div>
        ${field("billingName", "Cardholder name", { autocomplete: "cc-name" })} ${saving}
        <button class="primary" type="submit">Pay ${amount}</button>
      </form>
      <p class="note">Sandbox: use test card 4242 4242 4242 4242, any future date and any CVC.</p>
    </div>`;
  return hostedPage(`Pay ${merchantName()} — ${amount}`, merchantName(), body);
}
