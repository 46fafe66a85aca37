import type { paymentMethodsEn } from "./payment-methods.en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** German "Payment methods" strings. */
export const paymentMethodsDe: Shape<typeof paymentMethodsEn> = {
  title: "Zahlungsmethoden",
  intro:
    "Wählen Sie Ihre Standard-Zahlungsmethode. Sie wird beim Aufladen automatisch verwendet, auch für die automatische Aufladung.",
  listHeading: "Gespeicherte Karten und PayPal-Konten",
  cardTitle: "{brand} mit Endziffern {last4}",
  cardGeneric: "Karte",
  paypalTitle: "PayPal-Konto {email}",
  paypal: "PayPal",
  expires: "Gültig bis {date}",
  expiredOn: "Abgelaufen {date}",
  expiredBadge: "Abgelaufen",
  defaultBadge: "Standard",
  makeDefault: "Als Standard festlegen",
  makeDefaultName: "Als Standard festlegen: {method}",
  makingDefault: "Wird gespeichert…",
  remove: "Entfernen",
  removeName: "Entfernen: {method}",
  removeQuestion: "{method} entfernen? Sie kann dann nicht mehr zum Aufladen verwendet werden.",
  removeDefaultQuestion:
    "{method} ist Ihre Standard-Zahlungsmethode. Wählen Sie die neue Standard-Zahlungsmethode und bestätigen Sie dann das Entfernen.",
  removeLastQuestion:
    "{method} entfernen? Es ist Ihre einzige gespeicherte Zahlungsmethode, daher wird die automatische Aufladung ausgeschaltet.",
  newDefaultLegend: "Neue Standard-Zahlungsmethode",
  confirmRemove: "Ja, {method} entfernen",
  removing: "Wird entfernt…",
  cancel: "Abbrechen",
  defaultChanged: "{method} ist jetzt Ihre Standard-Zahlungsmethode.",
  removed: "{method} wurde entfernt.",
  removedAutoRefillOff:
    "{method} wurde entfernt. Die automatische Aufladung wurde ausgeschaltet, weil keine Zahlungsmethode mehr gespeichert ist.",
  notFound: "Diese Zahlungsmethode gibt es nicht mehr. Die Liste wurde aktualisiert.",
  newDefaultRequired: "Wählen Sie, welche Zahlungsmethode die neue Standard-Zahlungsmethode wird.",
  providerUnavailable:
    "Wir konnten sie gerade nicht beim Zahlungsanbieter entfernen. Es wurde nichts geändert; bitte versuchen Sie es in einigen Minuten erneut.",
  invalidRequest:
    "Die Anfrage war ungültig. Bitte laden Sie die Seite neu und versuchen Sie es erneut.",
  emptyHeading: "Noch keine gespeicherten Zahlungsmethoden",
  empty:
    "Wenn Sie über „Guthaben aufladen“ mit Karte oder PayPal bezahlen, wählen Sie die Option, sie für künftige Zahlungen zu speichern. Sie erscheint dann hier und kann für schnelles Aufladen und die automatische Aufladung verwendet werden.",
  refillLink: "Guthaben aufladen",
  autoRefillLink: "Automatische Aufladung einrichten",
};
