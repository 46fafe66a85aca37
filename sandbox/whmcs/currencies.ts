import type { WhmcsCurrency } from "../state/types";

/**
 * The currencies configured in the sandbox WHMCS (no API adds any, so they are constants). Id 1 is
 * the default, as in a fresh install; the others exist so invoices show ₺, ₹, ₩ and €.
 */
export const whmcsCurrencies: readonly WhmcsCurrency[] = [
  { id: 1, code: "USD", prefix: "$", suffix: " USD" },
  { id: 2, code: "EUR", prefix: "€", suffix: " EUR" },
  { id: 3, code: "TRY", prefix: "₺", suffix: " TRY" },
  { id: 4, code: "INR", prefix: "₹", suffix: " INR" },
  { id: 5, code: "KRW", prefix: "₩", suffix: " KRW" },
];

/** Unknown ids fall back to the default currency, as WHMCS does for a client without one. */
export function currencyById(id: number | undefined): WhmcsCurrency {
  return whmcsCurrencies.find((c) => c.id === id) ?? (whmcsCurrencies[0] as WhmcsCurrency);
}
