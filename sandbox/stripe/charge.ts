import type { SandboxDeps } from "../context";
import { cardBehaviour, type CardDecline } from "./cards";
import { emitEvent } from "./events";
import { stripeId, unixNow } from "./ids";
import { checkoutSessionJson, paymentIntentJson, paymentMethodJson } from "./serialize";
import type {
  Metadata,
  PaymentErrorRecord,
  StripePaymentIntentRecord,
  StripePaymentMethodRecord,
} from "./state";

/**
 * The heart of the emulator: what happens when a PaymentIntent is confirmed with a card, shared by
 * the API (`confirm=true`, on- or off-session) and the hosted checkout page. Events go out after
 * the state change, like Stripe's.
 */
export type ConfirmOutcome =
  | { kind: "succeeded" }
  | { kind: "requires_action"; challenge: string }
  | { kind: "failed"; error: PaymentErrorRecord };

export const AUTHENTICATION_REQUIRED: CardDecline = {
  code: "authentication_required",
  declineCode: "authentication_required",
  message: "Your card was declined. This transaction requires authentication.",
};

export function newPaymentIntent(
  deps: SandboxDeps,
  init: {
    amount: number;
    currency: string;
    customer: string | null;
    metadata: Metadata;
    description: string | null;
    receiptEmail: string | null;
    setupFutureUsage: "on_session" | "off_session" | null;
    returnUrl: string | null;
    checkoutSession: string | null;
  },
): StripePaymentIntentRecord {
  const id = stripeId("pi");
  const pi: StripePaymentIntentRecord = {
    ...init,
    id,
    amountReceived: 0,
    amountRefunded: 0,
    status: "requires_payment_method",
    paymentMethod: null,
    offSession: false,
    clientSecret: `${id}_secret_${stripeId("x").slice(2)}`,
    lastError: null,
    challenge: null,
    latestCharge: null,
    canceledAt: null,
    cancellationReason: null,
    created: unixNow(deps.now()),
  };
  deps.store.update((state) => {
    state.stripe.paymentIntents[id] = pi;
  });
  return pi;
}

export function confirmWithCard(
  deps: SandboxDeps,
  pi: StripePaymentIntentRecord,
  pm: StripePaymentMethodRecord,
  offSession: boolean,
): ConfirmOutcome {
  const behaviour = cardBehaviour(pm.cardNumber);
  if ("invalid" in behaviour) return fail(deps, pi, pm, behaviour.invalid);
  deps.store.update(() => {
    pi.paymentMethod = pm.id;
    pi.offSession = offSession;
  });
  const needsAuthentication =
    behaviour.threeDSecure === "always" ||
    (behaviour.threeDSecure === "until_setup" && !pm.offSessionReady);
  if (!needsAuthentication) return charge(deps, pi, pm, behaviour.decline);
  if (offSession) return fail(deps, pi, pm, AUTHENTICATION_REQUIRED);

  const challenge = stripeId("src");
  deps.store.update((state) => {
    state.stripe.challenges[challenge] = {
      id: challenge,
      paymentIntent: pi.id,
      checkoutSession: pi.checkoutSession,
      done: false,
      created: unixNow(deps.now()),
    };
    pi.status = "requires_action";
    pi.challenge = challenge;
    pi.lastError = null;
  });
  emitEvent(deps, "payment_intent.requires_action", paymentIntentJson(pi, deps));
  return { kind: "requires_action", challenge };
}

/** The buyer's answer on the "Purchase Authentication" page. */
export function finishChallenge(
  deps: SandboxDeps,
  challengeId: string,
  passed: boolean,
): ConfirmOutcome | null {
  const state = deps.store.state.stripe;
  const challenge = state.challenges[challengeId];
  const pi = challenge ? state.paymentIntents[challenge.paymentIntent] : undefined;
  const pm = pi?.paymentMethod ? state.paymentMethods[pi.paymentMethod] : undefined;
  if (
    !challenge ||
    challenge.done ||
    !pi ||
    !pm ||
    pi.status !== "requires_action" ||
    pi.challenge !== challengeId
  ) {
    return null;
  }
  deps.store.update(() => {
    challenge.done = true;
  });
  if (!passed) {
    return fail(
      deps,
      pi,
      pm,
      {
        code: "payment_intent_authentication_failure",
        message:
          "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.",
      },
      "invalid_request_error",
    );
  }
  const behaviour = cardBehaviour(pm.cardNumber);
  return charge(deps, pi, pm, "invalid" in behaviour ? behaviour.invalid : behaviour.decline);
}

function charge(
  deps: SandboxDeps,
  pi: StripePaymentIntentRecord,
  pm: StripePaymentMethodRecord,
  decline: CardDecline | undefined,
): ConfirmOutcome {
  if (decline) return fail(deps, pi, pm, decline);
  let attached = false;
  deps.store.update(() => {
    pi.status = "succeeded";
    pi.amountReceived = pi.amount;
    pi.latestCharge = stripeId("ch");
    pi.lastError = null;
    pi.challenge = null;
    if (pi.setupFutureUsage && pi.customer) {
      attached = pm.customer !== pi.customer;
      pm.customer = pi.customer;
      // The bank has now seen (and, if it asked, authenticated) this card for later off-session use.
      if (pi.setupFutureUsage === "off_session") pm.offSessionReady = true;
    }
  });
  if (attached) emitEvent(deps, "payment_method.attached", paymentMethodJson(pm, deps));
  emitEvent(deps, "payment_intent.succeeded", paymentIntentJson(pi, deps));
  completeCheckout(deps, pi, pm);
  return { kind: "succeeded" };
}

function completeCheckout(
  deps: SandboxDeps,
  pi: StripePaymentIntentRecord,
  pm: StripePaymentMethodRecord,
): void {
  const session = pi.checkoutSession
    ? deps.store.state.stripe.checkoutSessions[pi.checkoutSession]
    : undefined;
  if (!session || session.status !== "open") return;
  deps.store.update(() => {
    session.status = "complete";
    session.paymentStatus = "paid";
    session.customerDetails ??= { email: pm.email, name: pm.name };
  });
  emitEvent(deps, "checkout.session.completed", checkoutSessionJson(session, deps));
}

function fail(
  deps: SandboxDeps,
  pi: StripePaymentIntentRecord,
  pm: StripePaymentMethodRecord,
  decline: CardDecline,
  type: PaymentErrorRecord["type"] = "card_error",
): ConfirmOutcome {
  const error: PaymentErrorRecord = {
    type,
    code: decline.code,
    ...(decline.declineCode ? { declineCode: decline.declineCode } : {}),
    message: decline.message,
    paymentMethod: pm.id,
  };
  deps.store.update(() => {
    pi.status = "requires_payment_method";
    pi.paymentMethod = null;
    pi.challenge = null;
    pi.lastError = error;
    if (type === "card_error") pi.latestCharge = stripeId("ch");
  });
  emitEvent(deps, "payment_intent.payment_failed", paymentIntentJson(pi, deps));
  return { kind: "failed", error };
}
