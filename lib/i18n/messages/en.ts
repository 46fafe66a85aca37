import { billingHistoryEn } from "./billing-history.en";
import { newEnvironmentEn } from "./new-environment.en";
import { environmentDomainsEn } from "./environment-domains.en";
import { environmentResourcesEn } from "./environment-resources.en";
import { invoicesEn } from "./invoices.en";
import { paymentsEn } from "./payments.en";
import { sshKeysEn } from "./ssh-keys.en";
import { paypalCheckoutEn } from "./paypal-checkout.en";
import { paymentMethodsEn } from "./payment-methods.en";
import { autoRefillEn } from "./auto-refill.en";
import { upgradeEn } from "./upgrade.en";
import { environmentsEn } from "./environments.en";
import { notificationEmailsEn, notificationsEn } from "./notifications.en";
/** English is the source of truth for message keys; every other locale must match its shape. */
export const en = {
  meta: {
    title: "{hoster} client portal",
    signInTitle: "Sign in",
    dashboardTitle: "Dashboard",
  },
  common: {
    skipToContent: "Skip to content",
    language: "Language",
    apply: "Apply",
    signOut: "Sign out",
    retry: "Try again",
    support: "Contact support: {email}",
    opensInNewTab: "(opens in a new tab)",
    mainNavigation: "Main navigation",
  },
  nav: {
    dashboard: "Dashboard",
  },
  auth: {
    heading: "Sign in to {hoster}",
    intro: "Use the email and password of your platform account or of your billing account.",
    email: "Email",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    invalidCredentials: "The email or password is not correct.",
    invalidInput: "Enter a valid email address and your password.",
    tooManyAttempts: "Too many failed attempts. Try again in {minutes} minutes.",
    unavailable:
      "We cannot check your sign-in right now because a service is not answering. Please try again in a minute.",
    signedOut: "You have been signed out.",
  },
  dashboard: {
    heading: "Welcome, {name}",
    balanceHeading: "Balance",
    mainBalance: "Main balance",
    bonusBalance: "Bonus balance",
    accountGroup: "Account group",
    groupTrial: "Trial",
    groupBilling: "Billing",
    groupPost: "Post-paid",
    groupBeta: "Beta",
    groupUnknown: "Other ({group})",
    billingHeading: "Billing account",
    whmcsCredit: "Billing account credit",
    unpaidInvoices:
      "{count, plural, =0 {No unpaid invoices} one {# unpaid invoice} other {# unpaid invoices}}",
    noBillingAccount: "No billing account is linked to this email yet.",
    environmentsHeading: "Environments",
    environmentsCount:
      "{count, plural, =0 {You have no environments yet.} one {# environment} other {# environments}}",
    noPlatformAccount:
      "There is no platform account for this email yet. It will be created with your first balance refill.",
    notificationsHeading: "Notifications",
    noNotifications: "No notifications.",
    notificationGeneric: "Notification",
    ssoButton: "Sign in to Jelastic dashboard",
    billingSsoButton: "Open billing panel",
    widgetUnavailable: "This information is not available right now. Please try again later.",
  },
  environments: environmentsEn,
  envStatus: {
    running: "Running",
    stopped: "Stopped",
    launching: "Launching",
    sleeping: "Sleeping",
    suspended: "Suspended",
    creating: "Creating",
    cloning: "Cloning",
    exporting: "Exporting",
    migrating: "Migrating",
    broken: "Broken",
    redeploying: "Redeploying",
    stopping: "Stopping",
    going_to_sleep: "Going to sleep",
    deleting: "Deleting",
    refreshing: "Refreshing",
    unknown: "Unknown",
  },
  sshKeys: sshKeysEn,
  paypalCheckout: paypalCheckoutEn,
  paymentMethods: paymentMethodsEn,
  autoRefill: autoRefillEn,
  upgrade: upgradeEn,
  billingHistory: billingHistoryEn,
  invoices: invoicesEn,
  payments: paymentsEn,
  ...environmentDomainsEn,
  ...environmentResourcesEn,
  newEnvironment: newEnvironmentEn,
  notifications: notificationsEn,
  notificationEmails: notificationEmailsEn,
  errors: {
    heading: "Something went wrong",
    generic: "We could not load this page. Please try again.",
    notFoundHeading: "Page not found",
    notFound: "This page does not exist or you do not have access to it.",
    ssoFailed: "We could not open the dashboard right now. Please try again.",
    backHome: "Back to the dashboard",
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
