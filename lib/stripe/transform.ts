import type { z } from "zod";
import { cardFailureCode } from "./errors";
import type { checkoutSessionSchema, paymentIntentSchema, paymentMethodSchema } from "./schemas";
import type { CardDisplay, CheckoutSessionInfo, PaymentIntentInfo, SavedCard } from "./types";

type RawPaymentIntent = z.output<typeof paymentIntentSchema>;
type RawPaymentMethod = z.output<typeof paymentMethodSchema>;
type RawCheckoutSession = z.output<typeof checkoutSessionSchema>;

function idOf(value: string | { id: string } | null): string | null {
  if (value === null) return null;
  return typeof value === "string" ? value : value.id;
}

function cardOf(pm: RawPaymentMethod): CardDisplay | null {
  if (!pm.card) return null;
  return {
    brand: pm.card.brand,
    last4: pm.card.last4,
    expMonth: pm.card.exp_month,
    expYear: pm.card.exp_year,
  };
}

export function toSavedCard(pm: RawPaymentMethod): SavedCard | null {
  const card = cardOf(pm);
  return card ? { ...card, paymentMethodId: pm.id, customerId: idOf(pm.customer) } : null;
}

export function toPaymentIntentInfo(pi: RawPaymentIntent): PaymentIntentInfo {
  const pm = typeof pi.payment_method === "object" ? pi.payment_method : null;
  const error = pi.last_payment_error;
  return {
    id: pi.id,
    amountMinor: pi.amount,
    amountReceivedMinor: pi.amount_received,
    currency: pi.currency.toUpperCase(),
    status: pi.status,
    customerId: idOf(pi.customer),
    paymentMethodId: pm ? pm.id : (pi.payment_method as string | null),
    card: pm ? cardOf(pm) : null,
    metadata: pi.metadata,
    lastFailure: error
      ? {
          code: cardFailureCode(error.code, error.decline_code),
          stripeCode: error.code ?? null,
          declineCode: error.decline_code ?? null,
        }
      : null,
    authenticationUrl:
      pi.status === "requires_action" ? (pi.next_action?.redirect_to_url?.url ?? null) : null,
    createdAt: new Date(pi.created * 1000),
  };
}

export function toCheckoutSessionInfo(session: RawCheckoutSession): CheckoutSessionInfo {
  const pi = typeof session.payment_intent === "object" ? session.payment_intent : null;
  return {
    id: session.id,
    status: session.status,
    paid: session.payment_status === "paid",
    paymentIntentId: pi ? pi.id : (session.payment_intent as string | null),
    paymentIntent: pi ? toPaymentIntentInfo(pi) : null,
    customerId: idOf(session.customer),
    clientReferenceId: session.client_reference_id,
    metadata: session.metadata,
    amountTotalMinor: session.amount_total,
    currency: session.currency ? session.currency.toUpperCase() : null,
    url: session.url,
  };
}
