import type { autoRefillEn } from "./auto-refill.en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** German "Configure auto-refill" strings. */
export const autoRefillDe: Shape<typeof autoRefillEn> = {
  title: "Automatische Aufladung einrichten",
  intro:
    "Wenn Ihr Guthaben unter den gewählten Betrag fällt, wird es automatisch mit Ihrer Standard-Zahlungsmethode aufgeladen.",
  statusHeading: "Status",
  statusOn:
    "Die automatische Aufladung ist an: Fällt Ihr Guthaben unter {threshold}, werden {amount} aufgeladen.",
  statusOff: "Die automatische Aufladung ist aus.",
  statusPaused:
    "Die automatische Aufladung ist nach einer fehlgeschlagenen Zahlung pausiert. Sie läuft wieder, sobald Sie einmal selbst über „Guthaben aufladen“ bezahlen oder diese Einstellungen erneut speichern.",
  switchedOffNoMethod:
    "Die automatische Aufladung wurde ausgeschaltet, weil keine Zahlungsmethode mehr gespeichert ist.",
  lastRun: "Letzte automatische Aufladung: {date} – {status}",
  lastRunStatus: {
    processing: "in Bearbeitung",
    needs_action: "wartet auf Sie",
    done: "abgeschlossen",
    failed: "fehlgeschlagen",
    cancelled: "nicht abgeschlossen",
    unknown: "unbekannt",
  },
  reasons: {
    authentication_required:
      "Ihre Bank hat eine Bestätigung verlangt; bezahlen Sie einmal selbst, um fortzufahren.",
    card_declined:
      "Ihre Bank hat die Zahlung abgelehnt. Bezahlen Sie einmal selbst oder wählen Sie eine andere Standard-Zahlungsmethode.",
    insufficient_funds:
      "Die Deckung reichte für die Zahlung nicht aus. Bezahlen Sie einmal selbst, sobald genug Guthaben vorhanden ist.",
    expired_card:
      "Ihre Karte ist abgelaufen. Speichern Sie beim nächsten Aufladen eine neue Karte und legen Sie sie als Standard fest.",
    generic:
      "Die letzte automatische Aufladung ist nicht durchgegangen. Bezahlen Sie einmal selbst, um fortzufahren.",
    no_payment_method:
      "Es ist keine Zahlungsmethode gespeichert. Speichern Sie beim nächsten Aufladen eine Karte oder ein PayPal-Konto.",
    method_unavailable:
      "Ihre Standard-Zahlungsmethode kann gerade nicht belastet werden. Wählen Sie eine andere oder versuchen Sie es später erneut.",
    no_billing_account: "Für die automatische Aufladung ist ein Abrechnungskonto nötig.",
  },
  methodHeading: "Zahlungsmethode",
  methodUsed: "Belastet wird Ihre Standard-Zahlungsmethode: {method}.",
  methodExpired:
    "Diese Karte ist abgelaufen: Legen Sie eine andere Zahlungsmethode als Standard fest.",
  changeMethod: "Unter Zahlungsmethoden ändern",
  noMethod:
    "Speichern Sie für die automatische Aufladung zuerst eine Karte oder ein PayPal-Konto: Bezahlen Sie einmal über „Guthaben aufladen“ und wählen Sie die Option, sie für künftige Zahlungen zu speichern.",
  noGuestPayPal:
    "PayPal-Zahlungen als Gast (ohne PayPal-Konto) können nicht für die automatische Aufladung verwendet werden.",
  refillLink: "Guthaben aufladen",
  notEligible:
    "Für die automatische Aufladung sind ein Abrechnungskonto und ein Plattformkonto nötig. Beide werden mit Ihrer ersten Aufladung eingerichtet.",
  formHeading: "Einstellungen",
  enabled: "Mein Guthaben automatisch aufladen",
  threshold: "Wenn mein Guthaben unter diesen Betrag fällt ({currency})",
  thresholdHint: "Zum Beispiel 10,00",
  amount: "Aufladebetrag ({currency})",
  amountHint: "Zwischen {min} und {max}, in Schritten von {step}.",
  save: "Einstellungen speichern",
  saving: "Wird gespeichert…",
  saved: "Die Einstellungen wurden gespeichert.",
  savedOff: "Die Einstellungen wurden gespeichert. Die automatische Aufladung ist aus.",
  switchOff: "Automatische Aufladung ausschalten",
  switchingOff: "Wird ausgeschaltet…",
  switchedOff: "Die automatische Aufladung ist ausgeschaltet.",
  cooldownNote:
    "Es läuft höchstens eine automatische Aufladung gleichzeitig, und zwischen zwei liegt mindestens eine Stunde.",
  errors: {
    summary: "Bitte korrigieren Sie die markierten Felder.",
    threshold: {
      required: "Geben Sie das Guthaben an, unter dem aufgeladen werden soll.",
      invalid: "Geben Sie einen Betrag wie 10,00 ein.",
      too_low: "Geben Sie einen Betrag über null ein.",
      too_high: "Geben Sie höchstens {max} ein.",
    },
    amount: {
      required: "Geben Sie den Aufladebetrag ein.",
      invalid: "Geben Sie einen Betrag wie 50,00 ein.",
      below_min: "Geben Sie mindestens {min} ein.",
      above_max: "Geben Sie höchstens {max} ein.",
      step: "Wählen Sie einen Betrag in Schritten von {step}, beginnend bei {min}.",
    },
    noMethod:
      "Speichern Sie zuerst eine Zahlungsmethode und schalten Sie dann die automatische Aufladung ein.",
    noBillingAccount: "Für die automatische Aufladung ist ein Abrechnungskonto nötig.",
  },
};
