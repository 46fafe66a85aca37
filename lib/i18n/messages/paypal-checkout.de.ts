import type { PayPalCheckoutMessages } from "./paypal-checkout.en";

/** German strings of the PayPal buttons; `paypalCheckout` in de.ts. */
export const paypalCheckoutDe: PayPalCheckoutMessages = {
  region: "Mit PayPal bezahlen",
  saveLabel: "Ich möchte PayPal für künftige Zahlungen an {hoster} verwenden",
  saveHint:
    "Nötig für die automatische Aufladung. Sie können das gespeicherte PayPal-Konto jederzeit unter „Zahlungsmethoden“ entfernen.",
  guestReason: "Die automatische Aufladung ist bei Zahlungen als Gast nicht verfügbar",
  loading: "PayPal wird geladen …",
  unavailable:
    "PayPal kann gerade nicht geladen werden. Bitte versuchen Sie es später erneut oder wählen Sie eine andere Zahlungsmethode.",
};
