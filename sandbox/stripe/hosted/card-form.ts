import { brandOf, cardBehaviour, normaliseCardNumber, passesLuhn } from "../cards";

/**
 * The hosted page's card fields, checked the way Stripe's form checks them before anything is
 * charged. Messages are Stripe's wording.
 */
export interface CardForm {
  email: string;
  cardNumber: string;
  cardExpiry: string;
  cardCvc: string;
  billingName: string;
}

export type CardFormErrors = Partial<Record<keyof CardForm, string>>;

export interface ValidCard {
  number: string;
  brand: string;
  expMonth: number;
  expYear: number;
  name: string;
  email: string | null;
}

export function readCardForm(body: URLSearchParams): CardForm {
  const get = (name: string) => (body.get(name) ?? "").trim();
  return {
    email: get("email"),
    cardNumber: get("cardNumber"),
    cardExpiry: get("cardExpiry"),
    cardCvc: get("cardCvc"),
    billingName: get("billingName"),
  };
}

export function validateCardForm(
  form: CardForm,
  needsEmail: boolean,
  now: Date,
): { ok: true; card: ValidCard } | { ok: false; errors: CardFormErrors } {
  const errors: CardFormErrors = {};
  if (needsEmail) {
    if (!form.email) errors.email = "Your email address is incomplete.";
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email))
      errors.email = "Your email address is invalid.";
  }
  const number = normaliseCardNumber(form.cardNumber);
  if (!number) errors.cardNumber = "Your card number is incomplete.";
  else if (!/^\d+$/.test(number) || number.length < 12)
    errors.cardNumber = "Your card number is incomplete.";
  else if (!passesLuhn(number)) errors.cardNumber = "Your card number is invalid.";

  const expiry = /^(\d{1,2})\s*\/\s*(\d{2}|\d{4})$/.exec(form.cardExpiry);
  let expMonth = 0;
  let expYear = 0;
  if (!expiry) errors.cardExpiry = "Your card's expiration date is incomplete.";
  else {
    expMonth = Number(expiry[1]);
    expYear = Number(expiry[2]);
    if (expYear < 100) expYear += 2000;
    const thisMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
    if (expMonth < 1 || expMonth > 12)
      errors.cardExpiry = "Your card's expiration date is invalid.";
    else if (expYear * 12 + expMonth - 1 < thisMonth)
      errors.cardExpiry = "Your card's expiration year is in the past.";
  }

  const amex = brandOf(number) === "amex";
  if (!/^\d+$/.test(form.cardCvc) || form.cardCvc.length < (amex ? 4 : 3)) {
    errors.cardCvc = "Your card's security code is incomplete.";
  } else if (form.cardCvc.length > 4) errors.cardCvc = "Your card's security code is invalid.";

  if (!form.billingName) errors.billingName = "Required";

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const behaviour = cardBehaviour(number);
  return {
    ok: true,
    card: {
      number,
      brand: "invalid" in behaviour ? brandOf(number) : behaviour.brand,
      expMonth,
      expYear,
      name: form.billingName,
      email: form.email || null,
    },
  };
}
