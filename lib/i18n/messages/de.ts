import { billingHistoryDe } from "./billing-history.de";
import { newEnvironmentDe } from "./new-environment.de";
import { environmentDomainsDe } from "./environment-domains.de";
import { environmentResourcesDe } from "./environment-resources.de";
import { environmentsDe } from "./environments.de";
import { notificationEmailsDe, notificationsDe } from "./notifications.de";
import type { Messages } from "./en";
import { invoicesDe } from "./invoices.de";
import { paymentsDe } from "./payments.de";
import { sshKeysDe } from "./ssh-keys.de";
import { paypalCheckoutDe } from "./paypal-checkout.de";
import { paymentMethodsDe } from "./payment-methods.de";
import { autoRefillDe } from "./auto-refill.de";
import { upgradeDe } from "./upgrade.de";

export const de: Messages = {
  meta: {
    title: "{hoster} Kundenportal",
    signInTitle: "Anmelden",
    dashboardTitle: "Übersicht",
  },
  common: {
    skipToContent: "Zum Inhalt springen",
    language: "Sprache",
    apply: "Übernehmen",
    signOut: "Abmelden",
    retry: "Erneut versuchen",
    support: "Support kontaktieren: {email}",
    opensInNewTab: "(öffnet in einem neuen Tab)",
    mainNavigation: "Hauptnavigation",
  },
  nav: {
    dashboard: "Übersicht",
  },
  auth: {
    heading: "Bei {hoster} anmelden",
    intro: "Verwenden Sie E-Mail und Passwort Ihres Plattform- oder Ihres Abrechnungskontos.",
    email: "E-Mail",
    password: "Passwort",
    submit: "Anmelden",
    submitting: "Anmeldung läuft…",
    invalidCredentials: "E-Mail oder Passwort ist nicht korrekt.",
    invalidInput: "Geben Sie eine gültige E-Mail-Adresse und Ihr Passwort ein.",
    tooManyAttempts:
      "Zu viele fehlgeschlagene Versuche. Versuchen Sie es in {minutes} Minuten erneut.",
    unavailable:
      "Ihre Anmeldung kann gerade nicht geprüft werden, weil ein Dienst nicht antwortet. Bitte versuchen Sie es in einer Minute erneut.",
    signedOut: "Sie wurden abgemeldet.",
  },
  dashboard: {
    heading: "Willkommen, {name}",
    balanceHeading: "Guthaben",
    mainBalance: "Hauptguthaben",
    bonusBalance: "Bonusguthaben",
    accountGroup: "Kontogruppe",
    groupTrial: "Testkonto",
    groupBilling: "Abrechnung",
    groupPost: "Nachträgliche Abrechnung",
    groupBeta: "Beta",
    groupUnknown: "Andere ({group})",
    billingHeading: "Abrechnungskonto",
    whmcsCredit: "Guthaben im Abrechnungskonto",
    unpaidInvoices:
      "{count, plural, =0 {Keine offenen Rechnungen} one {# offene Rechnung} other {# offene Rechnungen}}",
    noBillingAccount: "Mit dieser E-Mail ist noch kein Abrechnungskonto verknüpft.",
    environmentsHeading: "Umgebungen",
    environmentsCount:
      "{count, plural, =0 {Sie haben noch keine Umgebungen.} one {# Umgebung} other {# Umgebungen}}",
    noPlatformAccount:
      "Für diese E-Mail gibt es noch kein Plattformkonto. Es wird mit Ihrer ersten Aufladung angelegt.",
    notificationsHeading: "Benachrichtigungen",
    noNotifications: "Keine Benachrichtigungen.",
    notificationGeneric: "Benachrichtigung",
    ssoButton: "Im Jelastic-Dashboard anmelden",
    billingSsoButton: "Abrechnungsportal öffnen",
    widgetUnavailable:
      "Diese Information ist gerade nicht verfügbar. Bitte versuchen Sie es später erneut.",
  },
  environments: environmentsDe,
  envStatus: {
    running: "Läuft",
    stopped: "Gestoppt",
    launching: "Startet",
    sleeping: "Ruht",
    suspended: "Gesperrt",
    creating: "Wird erstellt",
    cloning: "Wird geklont",
    exporting: "Wird exportiert",
    migrating: "Wird migriert",
    broken: "Defekt",
    redeploying: "Wird neu bereitgestellt",
    stopping: "Wird gestoppt",
    going_to_sleep: "Schläft ein",
    deleting: "Wird gelöscht",
    refreshing: "Wird aktualisiert",
    unknown: "Unbekannt",
  },
  sshKeys: sshKeysDe,
  paypalCheckout: paypalCheckoutDe,
  paymentMethods: paymentMethodsDe,
  autoRefill: autoRefillDe,
  upgrade: upgradeDe,
  billingHistory: billingHistoryDe,
  invoices: invoicesDe,
  payments: paymentsDe,
  ...environmentDomainsDe,
  ...environmentResourcesDe,
  newEnvironment: newEnvironmentDe,
  notifications: notificationsDe,
  notificationEmails: notificationEmailsDe,
  errors: {
    heading: "Etwas ist schiefgelaufen",
    generic: "Diese Seite konnte nicht geladen werden. Bitte versuchen Sie es erneut.",
    notFoundHeading: "Seite nicht gefunden",
    notFound: "Diese Seite existiert nicht oder Sie haben keinen Zugriff darauf.",
    ssoFailed: "Das Dashboard kann gerade nicht geöffnet werden. Bitte versuchen Sie es erneut.",
    backHome: "Zurück zur Übersicht",
  },
};
