import { z } from "zod";

/**
 * What the portal shows of a saved card or PayPal account (PaymentMethod.display), parsed again on
 * every read: the JSON column holds what a provider reported, so a malformed row is shown as a
 * generic card rather than crashing the page.
 */
export type CardDisplay = { brand: string; last4: string; expMonth: number; expYear: number };
export type PayPalDisplay = { email: string };

export type SavedMethodView = {
  id: string;
  kind: "card" | "paypal";
  provider: string;
  isDefault: boolean;
  display: CardDisplay | PayPalDisplay;
  /** A card past the last day of its expiry month (UTC); PayPal accounts never expire here. */
  expired: boolean;
};

const cardSchema = z.object({
  brand: z.string().trim().min(1).max(40),
  last4: z.string().regex(/^\d{4}$/),
  expMonth: z.number().int().min(1).max(12),
  expYear: z.number().int().min(2000).max(2200),
});
const paypalSchema = z.object({ email: z.string().trim().min(1).max(320) });

export type PaymentMethodRow = {
  id: string;
  kind: string;
  provider: string;
  isDefault: boolean;
  display: unknown;
  createdAt: Date;
};

/** A card is usable through the last day of its expiry month. */
export function isCardExpired(card: { expMonth: number; expYear: number }, now: Date): boolean {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  return card.expYear < year || (card.expYear === year && card.expMonth < month);
}

export function toSavedMethodView(row: PaymentMethodRow, now: Date): SavedMethodView {
  const base = { id: row.id, provider: row.provider, isDefault: row.isDefault };
  if (row.kind === "paypal") {
    const parsed = paypalSchema.safeParse(row.display);
    return {
      ...base,
      kind: "paypal",
      display: { email: parsed.success ? parsed.data.email : "" },
      expired: false,
    };
  }
  const parsed = cardSchema.safeParse(row.display);
  const display = parsed.success
    ? parsed.data
    : { brand: "card", last4: "····", expMonth: 1, expYear: 2000 };
  return { ...base, kind: "card", display, expired: isCardExpired(display, now) };
}

/** Default first, then oldest first (the order they were saved in). */
export function orderSavedMethods(rows: PaymentMethodRow[]): PaymentMethodRow[] {
  return [...rows].sort(
    (a, b) =>
      Number(b.isDefault) - Number(a.isDefault) || a.createdAt.getTime() - b.createdAt.getTime(),
  );
}

/** Card brands as providers report them (visa, mastercard, amex …) → how people write them. */
const BRAND_NAMES: Record<string, string> = {
  visa: "Visa",
  mastercard: "Mastercard",
  amex: "American Express",
  american_express: "American Express",
  discover: "Discover",
  diners: "Diners Club",
  jcb: "JCB",
  unionpay: "UnionPay",
  maestro: "Maestro",
};

export function brandName(brand: string): string | null {
  return BRAND_NAMES[brand.toLowerCase().replace(/\s+/g, "_")] ?? null;
}
