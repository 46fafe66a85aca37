import type { notificationEmailsEn, notificationsEn } from "./notifications.en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const notificationsDe: Shape<typeof notificationsEn> = {
  title: "Benachrichtigungen",
  intro:
    "Nachrichten zu Ihrem Konto, Ihren Zahlungen und Ihrem Guthaben. Die neuesten stehen oben.",
  badgeLabel:
    "{count, plural, =0 {Keine ungelesenen Benachrichtigungen} one {# ungelesene Benachrichtigung} other {# ungelesene Benachrichtigungen}}",
  unreadCount: "{count, plural, =0 {Alles gelesen} one {# ungelesen} other {# ungelesen}}",
  empty: "Sie haben keine Benachrichtigungen.",
  unread: "Ungelesen",
  read: "Gelesen",
  received: "Erhalten am {date}",
  markRead: "Als gelesen markieren",
  markReadContext: "„{title}“, erhalten am {date}",
  saving: "Wird gespeichert…",
  markAllRead: "Alle als gelesen markieren",
  markedRead: "Die Benachrichtigung ist als gelesen markiert.",
  allMarkedRead:
    "{count, plural, =0 {Es gab keine ungelesenen Benachrichtigungen.} one {# Benachrichtigung als gelesen markiert.} other {# Benachrichtigungen als gelesen markiert.}}",
  notFound:
    "Diese Benachrichtigung gibt es nicht oder sie gehört nicht Ihnen. Es wurde nichts geändert.",
  failed: "Das konnten wir gerade nicht speichern. Bitte versuchen Sie es erneut.",
  viewAll: "Alle Benachrichtigungen anzeigen",
  list: "Ihre Benachrichtigungen",
  items: {
    upgrade_done: {
      title: "Konto hochgestuft",
      body: "Ihr Konto ist jetzt in der Gruppe {group} und {amount} wurden Ihrem Guthaben gutgeschrieben.",
    },
    refill_done: {
      title: "Guthaben aufgeladen",
      body: "{amount} wurden Ihrem Guthaben gutgeschrieben.",
    },
    payment_failed: {
      title: "Zahlung fehlgeschlagen",
      body: "Ihre Zahlung über {amount} ist nicht durchgegangen. {reason}",
    },
    billing_account_created: {
      title: "Abrechnungskonto erstellt",
      body: "Für {email} wurde ein Abrechnungskonto erstellt. Die Zugangsdaten haben wir an Ihre E-Mail-Adresse gesendet.",
    },
    generic: {
      title: "Benachrichtigung",
      body: "",
    },
  },
  newBalance: "Neues Guthaben: {balance}",
  reasons: {
    declined: "Die Karte wurde von der Bank abgelehnt.",
    insufficient_funds: "Die Karte oder das Konto war nicht ausreichend gedeckt.",
    authentication_failed: "Die Bestätigung bei Ihrer Bank (3-D Secure) wurde nicht abgeschlossen.",
    cancelled: "Die Zahlung wurde abgebrochen.",
    provider_error:
      "Der Zahlungsdienst konnte die Zahlung nicht verarbeiten. Bitte versuchen Sie es später erneut.",
  },
  groups: {
    trial: "Testkonto",
    billing: "Abrechnung",
  },
};

export const notificationEmailsDe: Shape<typeof notificationEmailsEn> = {
  greeting: "Hallo {name},",
  greetingNoName: "Hallo,",
  signature: "Ihr {hoster}-Team",
  supportEmail: "Fragen? Schreiben Sie an {email}.",
  supportUrl: "Hilfe und Kontakt: {url}",
  why: "Sie erhalten diese Nachricht wegen eines Vorgangs in Ihrem {hoster}-Konto. Es ist eine Servicenachricht, kein Newsletter.",
  openPortal: "{hoster}-Portal öffnen",
  amount: "Betrag",
  newBalance: "Neues Guthaben",
  accountGroup: "Kontogruppe",
  date: "Datum",
  paymentReference: "Zahlungsreferenz",
  reason: "Grund",
  upgrade_done: {
    subject: "Ihr {hoster}-Konto wurde hochgestuft",
    intro:
      "Vielen Dank für Ihre Zahlung. Ihr Testkonto wurde in die Gruppe {group} umgewandelt und {amount} wurden Ihrem Guthaben gutgeschrieben.",
  },
  refill_done: {
    subject: "Ihr {hoster}-Guthaben wurde um {amount} aufgeladen",
    intro: "Vielen Dank für Ihre Zahlung. {amount} wurden Ihrem Guthaben gutgeschrieben.",
  },
  payment_failed: {
    subject: "Ihre Zahlung über {amount} ist nicht durchgegangen",
    intro:
      "Wir konnten Ihre Zahlung über {amount} nicht abschließen. Für diesen Versuch wurde kein Geld abgebucht.",
    next: "Sie können es im Portal erneut versuchen oder eine andere Zahlungsart wählen.",
  },
  billing_account_created: {
    subject: "Ihr {hoster}-Abrechnungskonto",
    intro:
      "Wir haben für Sie ein Abrechnungskonto erstellt, in dem Sie Ihre Rechnungen und Zahlungen finden. Melden Sie sich mit diesen Daten an:",
    panel: "Abrechnungsportal",
    login: "Benutzername",
    password: "Passwort",
    advice:
      "Bitte ändern Sie dieses Passwort nach der ersten Anmeldung und leiten Sie diese E-Mail nicht weiter.",
    openPanel: "Abrechnungsportal öffnen",
  },
};
