import type { Messages } from "./en";

/** German strings of "Upgrade trial account"; must match upgrade.en.ts key for key. */
export const upgradeDe: Messages["upgrade"] = {
  title: "Testkonto upgraden",
  intro:
    "Machen Sie aus Ihrem Testkonto ein Abrechnungskonto: Geben Sie Ihre Rechnungsdaten ein und akzeptieren Sie die Nutzungsbedingungen, wählen Sie dann eine Zahlungsart und den Betrag für Ihr Guthaben.",
  progress: "Schritte des Upgrades",
  stepDone: "erledigt",
  stepCurrent: "aktueller Schritt",
  steps: {
    details: "Rechnungsdaten",
    account: "Abrechnungskonto",
    payment: "Zahlungsart und Betrag",
    confirm: "Bestätigen und bezahlen",
  },
  detailsIntro:
    "Wenn für {email} bereits ein Abrechnungskonto registriert ist, wird es automatisch verbunden. Sonst legen wir eines für Sie an und senden Ihnen die Adresse des Abrechnungsportals und Ihre Zugangsdaten per E-Mail.",
  requiredNote: "Felder mit * sind Pflichtfelder.",
  optional: "optional",
  fields: {
    firstName: "Vorname",
    lastName: "Nachname",
    companyName: "Firma",
    email: "E-Mail",
    address1: "Straße und Hausnummer",
    city: "Ort",
    state: "Bundesland oder Region",
    postcode: "Postleitzahl",
    country: "Land",
    phoneNumber: "Telefonnummer",
    taxId: "USt-IdNr.",
  },
  hints: {
    email: "Ihr Abrechnungskonto verwendet die E-Mail-Adresse Ihres Plattformkontos.",
    country: "Ihr Land bestimmt, welche Umsatzsteuer auf Ihre Zahlungen anfällt.",
    phoneNumber: "Mit Ländervorwahl, zum Beispiel +49 30 1234567.",
    taxId: "Für Unternehmen in der EU, zum Beispiel DE123456789.",
  },
  countryPlaceholder: "Land auswählen",
  termsBefore: "Ich akzeptiere die",
  termsLink: "Nutzungsbedingungen",
  submit: "Weiter",
  submitting: "Abrechnungskonto wird eingerichtet …",
  errorSummary: "Bitte prüfen Sie Ihre Angaben",
  errorSummaryIntro: "Korrigieren Sie bitte diese Felder:",
  errors: {
    firstName: "Geben Sie Ihren Vornamen ein.",
    lastName: "Geben Sie Ihren Nachnamen ein.",
    address1: "Geben Sie Straße und Hausnummer ein.",
    city: "Geben Sie Ihren Ort ein.",
    state: "Geben Sie Ihr Bundesland oder Ihre Region ein.",
    postcode: "Geben Sie Ihre Postleitzahl ein.",
    postcodeInvalid:
      "Die Postleitzahl darf nur Buchstaben, Ziffern, Leerzeichen und Bindestriche enthalten.",
    country: "Wählen Sie Ihr Land aus.",
    phoneNumber: "Geben Sie Ihre Telefonnummer ein.",
    phoneNumberInvalid:
      "Geben Sie eine Telefonnummer mit mindestens 5 Ziffern ein, zum Beispiel +49 30 1234567.",
    taxIdInvalid:
      "Die USt-IdNr. darf nur Buchstaben und Ziffern enthalten, zum Beispiel DE123456789.",
    acceptTerms: "Akzeptieren Sie die Nutzungsbedingungen, um fortzufahren.",
    tooLong: "Hier sind höchstens {max} Zeichen möglich.",
    invalidText: "Entfernen Sie die Zeichen < > und Steuerzeichen aus diesem Feld.",
  },
  outcome: {
    linked: "Wir haben Ihr bestehendes Abrechnungskonto verbunden.",
    created:
      "Wir haben ein Abrechnungskonto angelegt und Ihnen die Zugangsdaten per E-Mail gesendet.",
    createdNoEmail:
      "Wir haben ein Abrechnungskonto angelegt, konnten Ihnen die Zugangsdaten aber nicht per E-Mail senden. Nutzen Sie im Abrechnungsportal „Passwort vergessen?“ mit {email}, um Ihr Passwort festzulegen.",
    createdForLogin:
      "Wir haben ein Abrechnungskonto für Ihren bestehenden Abrechnungs-Login {email} angelegt. Melden Sie sich im Abrechnungsportal mit dessen Passwort an.",
  },
  busy: "Ihr Abrechnungskonto wird noch eingerichtet. Bitte laden Sie diese Seite in einer Minute neu.",
  unavailable:
    "Das Abrechnungssystem ist gerade nicht erreichbar, es wurde nichts geändert. Bitte versuchen Sie es in einer Minute erneut.",
  refused:
    "Das Abrechnungssystem hat diese Angaben nicht angenommen. Bitte prüfen Sie sie und versuchen Sie es erneut, oder wenden Sie sich an den Support.",
  paymentIntro:
    "Wählen Sie die Zahlungsart und den Betrag für Ihr Guthaben. Ihr Konto wird zum Abrechnungskonto, sobald die Zahlung eingegangen ist.",
  notTrial: {
    heading: "Ihr Konto ist bereits ein Abrechnungskonto",
    body: "Dieses Konto ist ein Abrechnungskonto, es gibt nichts zu upgraden. Sie können Ihr Guthaben jederzeit aufladen.",
  },
  noPlatform: {
    heading: "Kein Testkonto zum Upgraden",
    body: "Das Upgrade gilt für Testkonten der Plattform. Ihr Plattformkonto wird mit Ihrer ersten Aufladung angelegt.",
  },
  platformUnavailable:
    "Wir können Ihr Konto gerade nicht prüfen, weil die Plattform nicht antwortet. Bitte versuchen Sie es in einer Minute erneut.",
  refill: "Guthaben aufladen",
  backHome: "Zurück zur Übersicht",
};
