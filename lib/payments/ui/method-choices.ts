import type { MethodChoice } from "./flow-types";

/**
 * The payment method radio group: saved methods first (only for methods still offered), then
 * "New card", "PayPal", "WHMCS credit" and the hoster's "contact us" methods. The default saved
 * method is preselected, else the first choice that can be used.
 */
export type SavedMethodInput =
  | {
      id: string;
      kind: "card";
      isDefault: boolean;
      brand: string;
      last4: string;
      expMonth: number;
      expYear: number;
    }
  | { id: string; kind: "paypal"; isDefault: boolean; email: string };

export function methodChoices(input: {
  offered: readonly string[];
  saved: readonly SavedMethodInput[];
  /** Client credit, null when unknown (WHMCS not answering: credit is then not offered). */
  creditMinor: number | null;
  /**
   * Credit is offered only when it covers at least this: an invoice's balance due, or the
   * smallest refill (VAT on top is checked on the confirmation step and by the provider).
   */
  creditCoversMinor: number;
  contactMethods: readonly string[];
}): MethodChoice[] {
  const offered = new Set(input.offered);
  const choices: MethodChoice[] = [];
  for (const saved of input.saved) {
    if (saved.kind === "card" && offered.has("card")) {
      choices.push({
        key: `saved-${saved.id}`,
        kind: "saved-card",
        method: "card",
        paymentMethodId: saved.id,
        isDefault: saved.isDefault,
        brand: saved.brand,
        last4: saved.last4,
        expMonth: saved.expMonth,
        expYear: saved.expYear,
      });
    } else if (saved.kind === "paypal" && offered.has("paypal")) {
      choices.push({
        key: `saved-${saved.id}`,
        kind: "saved-paypal",
        method: "paypal",
        paymentMethodId: saved.id,
        isDefault: saved.isDefault,
        email: saved.email,
      });
    }
  }
  if (offered.has("card")) choices.push({ key: "new-card", kind: "new-card", method: "card" });
  if (offered.has("paypal")) choices.push({ key: "paypal", kind: "paypal", method: "paypal" });
  const credit = input.creditMinor;
  const creditCovers = credit !== null && credit > 0 && credit >= input.creditCoversMinor;
  if (offered.has("credit") && creditCovers) {
    choices.push({ key: "credit", kind: "credit", method: "credit", availableMinor: credit });
  }
  input.contactMethods.forEach((name, i) =>
    choices.push({ key: `contact-${i}`, kind: "contact", name }),
  );
  return choices;
}

/** A requested choice if it can be used, else the default saved method, else the first usable. */
export function initialChoice(
  choices: readonly MethodChoice[],
  requested?: string | null,
): string | null {
  const usable = choices.filter((c) => c.kind !== "contact");
  if (requested && usable.some((c) => c.key === requested)) return requested;
  const preferred = usable.find(
    (c) => (c.kind === "saved-card" || c.kind === "saved-paypal") && c.isDefault,
  );
  return (preferred ?? usable[0])?.key ?? null;
}

/** The choice key an earlier attempt's method corresponds to (a failed attempt keeps its method). */
export function choiceForMethod(method: string | null | undefined): string | null {
  if (method === "card") return "new-card";
  if (method === "paypal" || method === "credit") return method;
  return null;
}
