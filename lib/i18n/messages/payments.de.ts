import type { PaymentsMessages } from "./payments.en";

export const paymentsDe: PaymentsMessages = {
  menu: {
    button: "Guthaben",
    refill: "Guthaben aufladen",
    upgrade: "Testkonto upgraden",
    autoRefill: "Automatisches Aufladen einrichten",
    methods: "Zahlungsmethoden",
  },
  refill: {
    title: "Guthaben aufladen",
    intro:
      "Wählen Sie den Betrag mit dem Schieberegler oder geben Sie ihn ein, wählen Sie die Zahlungsmethode und klicken Sie auf „Zahlung absenden“.",
    trial:
      "Das Aufladen des Guthabens ist für Abrechnungskonten möglich. Upgraden Sie Ihr Testkonto, um Guthaben hinzuzufügen.",
    upgradeLink: "Testkonto upgraden",
    noBilling:
      "Mit dieser E-Mail-Adresse ist noch kein Abrechnungskonto verknüpft, daher kann das Guthaben hier nicht aufgeladen werden.",
    unavailable:
      "Das Aufladen ist gerade nicht möglich. Bitte versuchen Sie es in einer Minute erneut.",
    inProgress: "Ihre letzte Zahlung wird noch bearbeitet.",
    viewPayment: "Status ansehen",
    previousFailed: "Ihre letzte Zahlung ist nicht durchgegangen",
  },
  flow: {
    stepAmount: "Betrag und Zahlungsmethode",
    sliderLabel: "Betrag",
    amountLabel: "Betrag ({currency})",
    amountHint: "Von {min} bis {max}.",
    vatNote: "Die MwSt. wird an der Kasse hinzugerechnet.",
    fixedAmount: "Zu zahlender Betrag",
    methodLegend: "Zahlungsmethode",
    savedCard: "{brand} •••• {last4}, gültig bis {month}/{year}",
    savedPaypal: "PayPal {email}",
    defaultMethod: "(Standard)",
    newCard: "Neue Karte",
    paypal: "PayPal",
    credit: "WHMCS-Guthaben",
    creditAvailable: "{amount} verfügbar",
    contact: "{name}: kontaktieren Sie uns unter {email}, um so zu bezahlen",
    submit: "Zahlung absenden",
    submitting: "Ihre Bestellung wird vorbereitet …",
    errorsHeading: "Es gibt ein Problem",
    amountFormat: "Geben Sie einen Betrag wie 25,00 ein, mit höchstens {digits} Nachkommastellen.",
    amountFormatWhole: "Geben Sie einen ganzen Betrag wie 25 ein.",
    amountBelowMin: "Der Betrag muss mindestens {min} betragen.",
    amountAboveMax: "Der Betrag darf höchstens {max} betragen.",
    methodRequired: "Wählen Sie eine Zahlungsmethode.",
    stepConfirm: "Bestellung bestätigen",
    invoiceNumber: "Rechnung {number}",
    net: "Nettobetrag",
    vat: "MwSt.",
    total: "Gesamt",
    alreadyPaid: "Bereits bezahlt",
    saveCard: "Diese Karte für künftige Zahlungen und automatisches Aufladen speichern",
    newCardNote: "Sie geben Ihre Kartendaten auf der nächsten Seite ein.",
    savedCardNote: "Sie müssen Ihre Kartendaten nicht erneut eingeben.",
    savedPaypalNote: "Ihr gespeichertes PayPal-Konto {email} wird belastet.",
    creditNote: "Der Gesamtbetrag wird aus Ihrem WHMCS-Guthaben bezahlt ({amount} verfügbar).",
    creditTooLow:
      "Ihr WHMCS-Guthaben ({credit}) deckt den Gesamtbetrag von {total} nicht. Gehen Sie zurück und wählen Sie eine andere Zahlungsmethode.",
    pay: "{total} bezahlen",
    paying: "Zahlung läuft …",
    back: "Zurück",
    cancelling: "Bestellung wird storniert …",
    errors: {
      unavailable:
        "Ihre Bestellung kann gerade nicht vorbereitet werden. Bitte versuchen Sie es in einer Minute erneut.",
      invalid: "Bitte prüfen Sie den Betrag und die Zahlungsmethode.",
      methodUnavailable:
        "Diese Zahlungsmethode ist gerade nicht verfügbar. Bitte wählen Sie eine andere.",
      creditTooLow:
        "Ihr WHMCS-Guthaben deckt diesen Betrag nicht. Bitte wählen Sie eine andere Zahlungsmethode.",
      noBilling:
        "Mit dieser E-Mail-Adresse ist kein Abrechnungskonto verknüpft, daher sind hier keine Zahlungen möglich.",
      invoiceChanged:
        "Diese Rechnung wurde geändert oder ist bereits bezahlt. Laden Sie die Seite neu, um den aktuellen Betrag zu sehen.",
      generic: "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.",
    },
  },
  reasons: {
    card_declined:
      "Ihre Karte wurde abgelehnt. Bitte verwenden Sie eine andere Karte oder Zahlungsmethode.",
    insufficient_funds:
      "Ihre Karte ist nicht ausreichend gedeckt. Bitte verwenden Sie eine andere Karte oder Zahlungsmethode.",
    authentication_failed:
      "Die 3-D-Secure-Authentifizierung ist fehlgeschlagen, Ihre Karte wurde nicht belastet. Bitte versuchen Sie es erneut.",
    authentication_required:
      "Ihre Bank möchte diese Zahlung bestätigen lassen. Bitte zahlen Sie erneut und schließen Sie die Bestätigung ab.",
    expired_card: "Ihre Karte ist abgelaufen. Bitte verwenden Sie eine andere Karte.",
    incorrect_cvc:
      "Der Sicherheitscode der Karte ist falsch. Bitte prüfen Sie ihn und versuchen Sie es erneut.",
    incorrect_card_details:
      "Die Kartendaten sind nicht korrekt. Bitte prüfen Sie sie und versuchen Sie es erneut.",
    processing_error:
      "Die Karte konnte nicht verarbeitet werden. Bitte versuchen Sie es in einigen Minuten erneut.",
    paypal_declined:
      "PayPal hat die Zahlung abgelehnt. Bitte verwenden Sie eine andere Zahlungsmethode.",
    cancelled_by_customer: "Sie haben die Zahlung abgebrochen. Es wurde nichts belastet.",
    expired:
      "Die Zahlung wurde nicht rechtzeitig abgeschlossen und storniert. Es wurde nichts belastet.",
    insufficient_credit: "Ihr WHMCS-Guthaben deckt diese Zahlung nicht. Es wurde nichts belastet.",
    invoice_not_payable:
      "Diese Rechnung kann so nicht mehr bezahlt werden. Es wurde nichts belastet.",
    generic:
      "Die Zahlung konnte nicht abgeschlossen werden. Es wurde nichts belastet. Bitte versuchen Sie es erneut.",
  },
  status: {
    title: "Zahlung",
    processing: "Ihre Zahlung wird bearbeitet …",
    processingText:
      "Diese Seite aktualisiert sich selbst. Sie können sie verlassen: Wir benachrichtigen Sie, sobald die Zahlung abgeschlossen ist.",
    needs_action: "Bestätigung erforderlich",
    needsActionText: "Ihre Bank oder PayPal möchte diese Zahlung bestätigen lassen.",
    continue: "Weiter zur Bestätigung der Zahlung",
    failed: "Zahlung fehlgeschlagen",
    cancelled: "Zahlung abgebrochen",
    done: "Erledigt",
    doneRefill: "Ihr Guthaben wurde aufgeladen.",
    doneUpgrade: "Ihr Konto wurde upgegradet und aufgeladen.",
    doneInvoice: "Rechnung {number} ist bezahlt.",
    newBalance: "Neues Guthaben",
    balanceUnavailable: "Ihr neues Guthaben kann gerade nicht angezeigt werden.",
    invoice: "Rechnung",
    tryAgain: "Erneut versuchen",
    toDashboard: "Zurück zur Übersicht",
    toInvoice: "Zurück zur Rechnung",
    checkFailed: "Die Zahlung kann gerade nicht geprüft werden. Wir versuchen es weiter …",
  },
  invoice: {
    heading: "Rechnung bezahlen",
    intro: "Bezahlen Sie den offenen Betrag dieser Rechnung.",
    otherCurrency:
      "Diese Rechnung ist in einer anderen Währung und kann hier nicht bezahlt werden.",
    noMethods:
      "Für diese Rechnung ist hier keine Zahlungsmethode verfügbar. Kontaktieren Sie uns unter {email}, um sie zu bezahlen.",
  },
};
